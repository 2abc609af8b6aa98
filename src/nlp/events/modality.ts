/** Whether a cue word tells a happening that did not happen or has not happened (negated, hypothetical, planned). */
import { CONDITIONALS, IRREALIS, NEGATORS, STATE_WORDS } from './data/function-words.ts';

/** "did not attack", "never met": a negator within the three words before. */
export function isNegated(words: readonly string[], index: number): boolean {
  for (let j = Math.max(0, index - 3); j < index; j++) if (NEGATORS.has(words[j]!.toLowerCase())) return true;
  return false;
}

/** Determiners and possessive endings that make a noun a definite description ("the killing", "Iran's attack"). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', "'s", '’s']);

const isWord = (word: string): boolean => /[\p{L}\p{N}]/u.test(word);

/**
 * "plans to attack", and a state rather than a happening ("troops are currently training …"),
 * "would be the first [target]", "if Iran attacked": an irrealis or state word within the four
 * words before (punctuation and brackets do not count as words), or an "if"/"unless" opening the
 * comma-free stretch before the cue ("If he plans a large increase in troops, …") — unless the cue
 * is a noun right after "the"/"this"/"'s": a definite description presupposes the happening
 * ("If the killing had happened elsewhere, …" still tells the killing).
 */
export function isHypothetical(words: readonly string[], index: number): boolean {
  // "if the killing had happened elsewhere …": a definite description presupposes its happening, whatever the condition says of it
  const definite = DEFINITE.has(words[index - 1]?.toLowerCase() ?? '');
  let seen = 0;
  for (let j = index - 1; j >= 0 && seen < 4; j--) {
    const word = words[j]!.toLowerCase();
    if (!isWord(word)) continue;
    seen++;
    if ((IRREALIS.has(word) && !(definite && CONDITIONALS.has(word))) || STATE_WORDS.has(word)) return true;
  }
  if (definite) return false;
  for (let j = index - 1; j >= 0 && words[j] !== ',' && words[j] !== ';'; j--) if (CONDITIONALS.has(words[j]!.toLowerCase())) return true;
  return false;
}
