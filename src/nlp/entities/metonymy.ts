/**
 * Capitals and demonyms used for governments: `Tehran vowed revenge` (the capital as the subject of a
 * verb) and `Iranian officials` (a demonym before a state noun) name the country, not the city or people.
 */
import { GOVERNMENT_NOUNS, LOCATIVE_BEFORE, PLACE_NOUNS_AFTER } from './data/context-words.ts';
import type { DocView } from './doc-view.ts';

const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'should', 'must', 'may', 'might', 'can',
  'says', 'said', 'wants', 'denies', 'insists', 'blames', 'also', 'again', 'quickly', 'then', 'later', 'immediately',
  'did', 'does', 'sees', 'hopes', 'fears', 'knows', 'believes', 'needs', 'seeks', 'sought', 'took', 'made', 'sent', 'struck',
  'hit', 'chose', 'saw', 'won', 'lost', 'began', 'gave', 'kept', 'met', 'told', 'held', 'led',
  // present tense of verbs states do in the news (a plural noun also ends in -s, so no general -s rule)
  'vows', 'warns', 'accuses', 'threatens', 'rejects', 'condemns', 'responds', 'retaliates', 'claims', 'demands',
  'calls', 'urges', 'plans', 'refuses', 'announces', 'confirms', 'strikes', 'launches', 'fires', 'sends', 'says',
  'expects', 'considers', 'promises', 'vowed', 'agrees', 'argues', 'maintains', 'wins', 'loses', 'imposes', 'lifts',
  'backs', 'supports', 'opposes', 'welcomes', 'summons', 'expels', 'recalls', 'orders', 'approves', 'signals',
]);

/** A verb-like word after the subject: an auxiliary, a listed verb, or a past-tense -ed form. */
function looksLikeVerb(word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  return AUXILIARIES.has(word) || (word.length > 3 && word.endsWith('ed'));
}

/** True when the capital spanning tokens `[ts, te)` stands for its government. */
export function capitalNamesState(view: DocView, ts: number, te: number): boolean {
  const prev = view.words[ts - 1]?.toLowerCase();
  if (prev && LOCATIVE_BEFORE.has(prev)) return false;
  const next = view.words[te];
  if (!next) return false;
  if (next === "'s" || next === '’s') {
    const after = view.words[te + 1]?.toLowerCase() ?? '';
    return !PLACE_NOUNS_AFTER.has(after);
  }
  if (PLACE_NOUNS_AFTER.has(next.toLowerCase())) return false;
  return looksLikeVerb(next);
}

/** True when the demonym ending before token `te` qualifies a state noun or a title (`Iranian officials`). */
export function demonymNamesState(view: DocView, te: number): boolean {
  const next = view.words[te];
  if (!next) return false;
  if (GOVERNMENT_NOUNS.has(next.toLowerCase())) return true;
  return view.gazetteerStartingAt(te)?.kinds.includes('title') ?? false;
}
