/** Whether a cue word tells a happening that did not happen or has not happened (negated, hypothetical, planned). */
import { IRREALIS, NEGATORS, STATE_WORDS } from './data/function-words.ts';

/** "did not attack", "never met": a negator within the three words before. */
export function isNegated(words: readonly string[], index: number): boolean {
  for (let j = Math.max(0, index - 3); j < index; j++) if (NEGATORS.has(words[j]!.toLowerCase())) return true;
  return false;
}

/** "plans to attack", and a state rather than a happening ("troops are currently training …"), "would be the first target", "if Iran attacked": within four words before. */
export function isHypothetical(words: readonly string[], index: number): boolean {
  for (let j = Math.max(0, index - 4); j < index; j++) if (IRREALIS.has(words[j]!.toLowerCase()) || STATE_WORDS.has(words[j]!.toLowerCase())) return true;
  return false;
}

