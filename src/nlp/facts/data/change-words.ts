/** Words that say a measured quantity moved, and which way. */

export type Change = 'increase' | 'decrease';

export const CHANGE_VERBS: ReadonlyMap<string, Change> = new Map([
  ...['rose', 'rise', 'rises', 'risen', 'rising', 'soared', 'soar', 'soars', 'soaring', 'surged', 'surge', 'surges', 'jumped',
    'jump', 'jumps', 'climbed', 'climb', 'climbs', 'gained', 'gains', 'increased', 'increase', 'increases', 'spiked', 'spikes',
    'rallied', 'grew', 'grows', 'boosted', 'raised', 'raises', 'hiked', 'doubled', 'tripled', 'up', 'added', 'rebounded',
    'leapt', 'leaped', 'expanded'].map((w): [string, Change] => [w, 'increase']),
  ...['fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'slipped',
    'slips', 'slid', 'plunged', 'plunges', 'tumbled', 'tumbles', 'sank', 'sinks', 'cut', 'cuts', 'reduced', 'reduces', 'decreased',
    'decreases', 'lowered', 'lost', 'loses', 'shed', 'sheds', 'down', 'slumped', 'eased', 'dipped', 'shrank', 'shrunk',
    'contracted', 'halved', 'retreated'].map((w): [string, Change] => [w, 'decrease']),
]);

/** Nouns that name a change: `a 4.5% rise in prices`, `an increase of 3,000`. */
export const CHANGE_NOUNS: ReadonlyMap<string, Change> = new Map([
  ...['rise', 'increase', 'jump', 'gain', 'surge', 'spike', 'hike', 'boost', 'climb', 'rally', 'growth']
    .map((w): [string, Change] => [w, 'increase']),
  ...['fall', 'drop', 'decline', 'cut', 'reduction', 'decrease', 'slump', 'plunge', 'loss', 'dip', 'contraction']
    .map((w): [string, Change] => [w, 'decrease']),
]);

/** Verbs that state a level rather than a move (`inflation hit 40%`, `stood at $70`): the subject is what is measured. */
export const LEVEL_VERBS: ReadonlySet<string> = new Set([
  'hit', 'hits', 'reached', 'reaches', 'reach', 'stood', 'stands', 'was', 'is', 'were', 'are', 'at', 'to', 'topped', 'tops',
  'touched', 'totaled', 'totalled', 'totals', 'amounted', 'amounts', 'exceeded', 'exceeds', 'hovered', 'traded', 'closed',
  'ended', 'settled', 'of',
]);
