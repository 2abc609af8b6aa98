/**
 * Stance cues. A pattern is a sequence of steps separated by spaces; a step lists alternatives
 * with `|`; `…` before a step allows a gap of up to GAP tokens (`vowed … revenge` matches
 * `vowed harsh revenge`). Lower case. `anchor: 'cue'` means the cue's first word is a verb whose
 * subject is the actor (`Iran vowed …`); `anchor: 'clause'` means the cue is a phrase inside what
 * someone said (`… violate international law`), so the actor is the speaker.
 * Developed on the five seed documents (Soleimani strike, Jan 2020) and invented sentences.
 */
import type { StanceValue } from '../../../model/index.ts';

export interface CueEntry {
  readonly pattern: string;
  readonly stance: StanceValue;
  readonly anchor: 'cue' | 'clause';
}

/** How many tokens `…` may skip. */
export const GAP = 6;

/** Regular inflections of a verb: `condemn` → `condemn|condemns|condemned|condemning`. */
function v(base: string, past = `${base.replace(/e$/, '')}ed`, ing = `${base.replace(/e$/, '')}ing`, s = /(?:s|sh|ch|x)$/.test(base) ? `${base}es` : `${base}s`): string {
  return [base, s, past, ing].join('|');
}

const cue = (stance: StanceValue, anchor: 'cue' | 'clause', ...patterns: string[]): CueEntry[] =>
  patterns.map((pattern) => ({ pattern, stance, anchor }));

const LABEL_VERBS = `${v('call')}|${v('describe')}|${v('label')}|labelled|labelling|${v('brand')}|${v('term')}`;
const CONDEMN_NOUNS = 'assassination|aggression|terrorism|crime|crimes|criminal|violation|murder|illegal|unlawful|terrorist';
const THREAT_NOUNS = 'revenge|retaliation|retribution|reprisal|reprisals|punishment|vengeance|retaliate|avenge|response|respond|consequences|price';
const RESTRAINT_NOUNS = 'restraint|self-restraint|calm|de-escalation|de-escalate|deescalate|prudence|dialogue|moderation|diplomacy|wisely';

export const CUES: readonly CueEntry[] = [
  // condemns
  ...cue('condemns', 'cue',
    v('condemn'), v('denounce'), 'slam|slams|slammed|slamming', v('criticize'), v('criticise'), 'blast|blasts|blasted',
    v('deplore'), 'decry|decries|decried', v('censure'), 'lash|lashes|lashed|lashing out', 'hit|hits|hitting out',
    'outraged', 'accuse|accused|accuses|accusing', 'protested|protesting',
    `${LABEL_VERBS} … ${CONDEMN_NOUNS}`),
  ...cue('condemns', 'clause',
    'act of … aggression|war|terrorism', 'state terrorism', 'violation|violations of … law|sovereignty|charter',
    'violate|violates|violated|violating … law|sovereignty', 'in violation of', 'breach|breaches of', 'unlawful', 'illegal',
    'criminal act', 'cowardly', 'treacherous', 'murderous', 'reckless|recklessness', 'provocative', 'disproportionate',
    'adventurist', 'escalatory', 'hold … to account', 'held … to account'),
  // threatens
  ...cue('threatens', 'cue',
    `${v('vow')}|pledge|pledges|pledged|pledging|promise|promises|promised|promising|swore|swear|swears … ${THREAT_NOUNS}`,
    'threaten|threatens|threatened|threatening',
    `warn|warns|warned|warning … ${THREAT_NOUNS}`,
    `call|calls|called|calling for … revenge|reprisal|reprisals|retaliation|retribution|vengeance`),
  ...cue('threatens', 'clause',
    'will|would|shall retaliate|avenge|respond', 'will|would … strike|hit back', 'take|taking … revenge',
    'be avenged', 'pay a … price', 'expect … retaliation|revenge|retribution'),
  // urges restraint
  ...cue('urges_restraint', 'cue',
    `${v('urge')}|${v('call')}|${v('appeal')} … ${RESTRAINT_NOUNS}`, `${v('stress')} … ${RESTRAINT_NOUNS}`),
  ...cue('urges_restraint', 'clause',
    'restraint', 'self-restraint', 'de-escalation', 'de-escalate', 'deescalate', 'remain calm', 'calm down',
    'reduce|defuse|ease|lower … tension|tensions', 'avoid|avoiding|prevent … escalation|war|conflict',
    'escalation … avoided|prevented|stopped', 'cycle of violence', 'negotiating table', 'diplomatic|political|peaceful solution',
    'prudence'),
  // supports
  ...cue('supports', 'cue',
    v('praise'), v('welcome'), 'hail|hails|hailed|hailing', v('applaud'), v('commend'), v('congratulate'), v('endorse'),
    'stand|stands|stood|standing with', 'give|gives|gave|giving … credit',
    `${v('defend')} the|its|his|their … strike|decision|action|killing|attack`, 'thank|thanks|thanked|thanking'),
  ...cue('supports', 'clause',
    'thankful', 'justified', 'right decision', 'good thing', 'decisive blow', 'significant step', 'well deserved', 'well-deserved'),
  // neutral
  ...cue('neutral', 'cue',
    'refuse|refuses|refused|decline|declines|declined to comment', 'would|will not comment', 'wo|would|will n\'t|not go into',
    `${v('express')}|voice|voiced … concern|concerns`, 'concerned'),
  ...cue('neutral', 'clause', 'monitoring the situation', 'no comment'),
];

/** When one actor has several cues in one sentence, the strongest wins (a condemnation that also urges talks condemns). */
export const STANCE_PRIORITY: Readonly<Record<StanceValue, number>> = {
  threatens: 5, condemns: 4, supports: 3, urges_restraint: 2, neutral: 1,
};
