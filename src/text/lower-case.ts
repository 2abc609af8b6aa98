/**
 * Lower-cased token texts, shared by the stages that read them (quotes, facts, stances, the
 * gazetteer matcher) instead of each lower-casing every token again.
 */
import type { Token } from '../model/index.ts';

/**
 * `word.toLowerCase()`, or the word itself when it has no capital to lower (ASCII without A–Z): V8
 * copies the string even then, and each copy costs an allocation and a fresh hash in every Map probe.
 */
export function lowerWord(word: string): string {
  return isAsciiWithoutCapitals(word, 0) ? word : word.toLowerCase();
}

/** Whether `word` from index `from` on is ASCII without A–Z. */
export function isAsciiWithoutCapitals(word: string, from: number): boolean {
  for (let k = from; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** One lower-cased array per token array: the stages of one document share it. */
const byTokens = new WeakMap<readonly Token[], readonly string[]>();

/** `tokens.map((t) => t.text.toLowerCase())`, computed once per token array (callers must not change it). */
export function lowerCaseTokens(tokens: readonly Token[]): readonly string[] {
  let lower = byTokens.get(tokens);
  if (lower === undefined) {
    lower = Object.freeze(tokens.map((t) => lowerWord(t.text)));
    byTokens.set(tokens, lower);
  }
  return lower;
}
