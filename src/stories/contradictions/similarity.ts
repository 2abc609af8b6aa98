/**
 * When two written names are one name spelled two ways (`Qasem`/`Qassem`, `Soleimani`/`Suleimani`,
 * `Kataeb`/`Kataib`): close in edit distance, or equal once transliteration is folded, and not a
 * grammatical variant (`Guard`/`Guards`, `Iran`/`Iran's`) nor a case or accent difference.
 */
import { foldNameToken, plain } from '../../nlp/entities/index.ts';

/** Similarity (1 − edit distance / longer length) from which two tokens are one spelling varied. */
export const SPELLING_SIMILARITY = 0.8;
/** A lower floor when the transliteration fold makes the two equal (`Hezbollah`/`Hizbullah`). */
export const FOLDED_SIMILARITY = 0.6;
/** Shorter tokens are too easily one letter apart (`Bush`/`Bash`). */
const MIN_LENGTH = 4;

/** Word tokens of a name; hyphenated and apostrophised parts stay whole (`al-Muhandis`, `O'Brien`); a possessive `'s` is dropped. */
export function nameTokens(name: string): string[] {
  return (name.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((t) => t.replace(/['’]s$/u, '')).filter((t) => t.length > 0);
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}

/** True when the two tokens are the same word spelled differently (not merely in case or accents). */
export function isSpellingVariant(a: string, b: string): boolean {
  const pa = plain(a);
  const pb = plain(b);
  if (pa === pb || Math.min(pa.length, pb.length) < MIN_LENGTH) return false;
  if (isInflection(pa, pb) || isInflection(pb, pa)) return false;
  const sim = similarity(pa, pb);
  if (sim >= SPELLING_SIMILARITY) return true;
  const fa = foldNameToken(a);
  return sim >= FOLDED_SIMILARITY && fa !== '' && fa === foldNameToken(b);
}

/** `b` is `a` with a plural or adjective ending (`guard`/`guards`, `iran`/`iranian`, `shia`/`shiite` is not). */
function isInflection(a: string, b: string): boolean {
  if (!b.startsWith(a)) return false;
  return ['s', 'es', 'n', 'an', 'ian', 'i', 'ese'].includes(b.slice(a.length));
}

/**
 * The token pairs in which two names differ when they are one name spelled two ways: same number of
 * tokens, every differing token a spelling variant. Null when they are not (or are the same spelling).
 */
export function spellingDifferences(a: readonly string[], b: readonly string[]): [string, string][] | null {
  if (a.length !== b.length || a.length === 0) return null;
  const diffs: [string, string][] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (plain(x) === plain(y)) continue;
    if (!isSpellingVariant(x, y)) return null;
    diffs.push([x, y]);
  }
  return diffs.length > 0 ? diffs : null;
}
