/** Whether a cue word tells a happening that did not happen or has not happened (negated, hypothetical, planned). */
import { CONDITIONALS, IRREALIS, NEGATORS, STATE_WORDS } from './data/function-words.ts';

/** "did not attack", "never met": a negator within the three words before. */
export function isNegated(words: readonly string[], index: number): boolean {
  for (let j = Math.max(0, index - 3); j < index; j++) if (NEGATORS.has(words[j]!.toLowerCase())) return true;
  return false;
}

const isWord = (word: string): boolean => /[\p{L}\p{N}]/u.test(word);

/**
 * "plans to attack", and a state rather than a happening ("troops are currently training …"),
 * "would be the first [target]", "if Iran attacked": an irrealis or state word within the four
 * words before (punctuation and brackets do not count as words), or an "if"/"unless" opening the
 * comma-free stretch before the cue ("If he plans a large increase in troops, …").
 */
export function isHypothetical(words: readonly string[], index: number): boolean {
  let seen = 0;
  for (let j = index - 1; j >= 0 && seen < 4; j--) {
    const word = words[j]!.toLowerCase();
    if (!isWord(word)) continue;
    seen++;
    if (IRREALIS.has(word) || STATE_WORDS.has(word)) return true;
  }
  for (let j = index - 1; j >= 0 && words[j] !== ',' && words[j] !== ';'; j--) if (CONDITIONALS.has(words[j]!.toLowerCase())) return true;
  return false;
}
