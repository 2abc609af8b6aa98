/**
 * Finds the words naming what a number counts or measures, without a parser: a short noun phrase
 * after the number (`52 Iranian sites`), after `of` (`51% of respondents`), before the verb that
 * moved it (`Brent oil soared by 4.5%`), the place after a distance (`30 km outside the city`) or
 * the clause a duration belongs to (`kept as hostages in Iran for 444 days`).
 */
import { LOCATIVE_WORDS, PHRASE_STOP_WORDS } from './data/phrase-words.ts';
import { MONTHS, WEEKDAYS } from './data/time-context.ts';
import type { TokenContext } from './token-context.ts';
import { UNITS_AFTER } from './data/units.ts';
import { SCALES } from './data/number-words.ts';
import { CHANGE_VERBS } from './data/change-words.ts';

const UNIT_WORDS: ReadonlySet<string> = new Set(UNITS_AFTER.flatMap((u) => u.tokens));

/** Inclusive token range. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

const MAX_PHRASE = 5;
const WORD = /^\p{L}[\p{L}\p{M}\p{N}'’-]*$|^(?:\p{L}\.){2,}$/u;
/** Words skipped between a subject and the verb after it (`oil was up 3%`). */
const AUX_OR_ADVERB = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'been', 'also', 'sharply', 'briefly', 'reportedly', 'nearly', 'almost', 'just']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'those', 'these', 'all']);

export function isWordToken(text: string): boolean {
  return WORD.test(text);
}

/** A lower-case verb form (`deployed`, `training`) that ends a noun phrase once it has begun. */
function isVerbForm(text: string, lower: string): boolean {
  return lower.length > 3 && (lower.endsWith('ed') || lower.endsWith('ing')) && text === lower;
}

/** `US`, `UN`: an acronym is a name even when its lower case is a function word (`us`). */
const ACRONYM = /^\p{Lu}{2,}$/u;

function canContinue(ctx: TokenContext, k: number): boolean {
  const text = ctx.tokens[k]?.text ?? '';
  const lower = ctx.lower[k] ?? '';
  if (!isWordToken(text)) return false;
  if (ACRONYM.test(text)) return true;
  if (lower.length > 4 && lower.endsWith('ly') && text === lower) return false; // adverbs: `clearly`, `privately`
  return !PHRASE_STOP_WORDS.has(lower) && !LOCATIVE_WORDS.has(lower) && !MONTHS.has(lower) && !WEEKDAYS.has(lower);
}

/**
 * The noun phrase that starts at `from` (`additional troops`, `Iranian sites`), up to `end`.
 * `loneParticiple` accepts a single `-ing`/`-ed` word as the whole phrase (`days of mourning`).
 */
export function phraseAfter(ctx: TokenContext, from: number, end: number, loneParticiple = false): TokenRange | null {
  let k = from;
  while (k < end && k < from + MAX_PHRASE && canContinue(ctx, k)) {
    const text = ctx.tokens[k]?.text ?? '';
    const lower = ctx.lower[k] ?? '';
    if (k > from && CHANGE_VERBS.has(lower) && lower !== 'cut') break; // `two winners rose`
    if (isVerbForm(text, lower)) {
      // A participle may open the phrase (`armed forces`), never end or continue it (`soldiers deployed`).
      if (k > from) break;
      const alone = !(k + 1 < end && canContinue(ctx, k + 1));
      if (alone && loneParticiple) { k++; break; }
      if (!(k + 1 < end && canContinue(ctx, k + 1) && !isVerbForm(ctx.tokens[k + 1]?.text ?? '', ctx.lower[k + 1] ?? ''))) break;
    }
    k++;
  }
  return k > from ? { first: from, last: k - 1 } : null;
}

/** The noun phrase after `of`/`in` at `at` (skipping a determiner): `of the respondents` → `respondents`. */
export function phraseAfterPreposition(ctx: TokenContext, at: number, end: number): TokenRange | null {
  let k = at + 1;
  if (DETERMINERS.has(ctx.lower[k] ?? '')) k++;
  return phraseAfter(ctx, k, end, true);
}

/** The subject before the verb at `verb` (`Brent oil` in `Brent oil soared`, `Iran's oil exports`). */
export function phraseBefore(ctx: TokenContext, verb: number, begin: number): TokenRange | null {
  let k = verb - 1;
  while (k >= begin && AUX_OR_ADVERB.has(ctx.lower[k] ?? '')) k--;
  const last = k;
  while (k >= begin && last - k < MAX_PHRASE) {
    const lower = ctx.lower[k] ?? '';
    const possessive = (lower === "'s" || lower === '’s') && k > begin;
    if (!possessive && !canContinue(ctx, k)) break;
    if (!possessive && isVerbForm(ctx.tokens[k]?.text ?? '', lower)) break;
    k--;
  }
  // A phrase that ends on a number or a unit belongs to another quantity (`from 30 cts to 36 cts`).
  if (last >= begin && endsOnQuantity(ctx, last)) return null;
  // Never begin on a possessive clitic.
  let first = k + 1;
  while (first <= last && /^['’]s$/.test(ctx.lower[first] ?? '')) first++;
  return first <= last ? { first, last } : null;
}

/** True when token `k` is a number or a unit right after one (`30 cts`): the end of another quantity. */
function endsOnQuantity(ctx: TokenContext, k: number): boolean {
  const word = ctx.lower[k] ?? '';
  if (/^\d/.test(word)) return true;
  const before = ctx.lower[k - 1] ?? '';
  return (UNIT_WORDS.has(word) || SCALES.has(word)) && (/^\d/.test(before) || SCALES.has(before));
}

/** Words that begin a clause: a duration's or a sum's context never reaches back across them. */
const CLAUSE_WORDS = new Set(['while', 'and', 'but', 'that', 'which', 'who', 'whom', 'because', 'if', 'although', 'whereas', 'when', 'where', 'vs', 'than']);

/** Words that say nothing alone about what a quantity measures. */
const VACUOUS = new Set(['other', 'another', 'remaining', 'rest', 'same', 'total', 'up', 'down', 'back', 'only', 'just']);

/** The place phrase after a distance (`outside the city`), up to the next punctuation. */
export function locativeAfter(ctx: TokenContext, from: number, end: number): TokenRange | null {
  if (!LOCATIVE_WORDS.has(ctx.lower[from] ?? '')) return null;
  let k = from;
  while (k < end && k < from + 4 && isWordToken(ctx.tokens[k]?.text ?? '')) k++;
  return k > from + 1 ? { first: from, last: k - 1 } : null;
}

/** The words a duration belongs to, before `for`/`over` (`kept as hostages in Iran`). */
export function clauseBefore(ctx: TokenContext, before: number, begin: number): TokenRange | null {
  const last = before;
  let k = before;
  while (k >= begin && last - k < MAX_PHRASE && isWordToken(ctx.tokens[k]?.text ?? '') && !CLAUSE_WORDS.has(ctx.lower[k] ?? '') && !endsOnQuantity(ctx, k)) k--;
  let first = k + 1;
  while (first <= last && PHRASE_STOP_WORDS.has(ctx.lower[first] ?? '')) first++;
  let end = last;
  while (end >= first && PHRASE_STOP_WORDS.has(ctx.lower[end] ?? '')) end--;
  if (first === end && VACUOUS.has(ctx.lower[first] ?? '')) return null; // `the other 40%`
  return first <= end ? { first, last: end } : null;
}
