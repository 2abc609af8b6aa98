/**
 * Numbers that are not claims: years, dates, clock times, ages, list indexes, phone numbers, parts
 * of names (`World War 3`, `Resolution 2231`), unit conversions in brackets, hyphenated modifiers
 * (`62-year-old`, `two-day`), and spelled numbers that refer back (`the two nations`, `one of`).
 */
import { ANAPHORIC_DETERMINERS, FRACTION_WORDS } from './data/number-words.ts';
import { ADDITIONAL_WORDS } from './data/qualifiers.ts';
import { AGE_AFTER, AGE_OR_INDEX_WORDS, CLOCK_WORDS, ERA_WORDS, MONTHS, WEEKDAYS, YEAR_PREPOSITIONS } from './data/time-context.ts';
import { UNITS_AFTER } from './data/units.ts';
import { PHRASE_STOP_WORDS } from './data/phrase-words.ts';
import type { Numeral } from './numeral.ts';
import type { TokenContext } from './token-context.ts';

const UNIT_WORDS: ReadonlySet<string> = new Set(UNITS_AFTER.flatMap((u) => u.tokens));
const CURRENCY_PREV = new Set(['$', 'us$', '€', '£', '¥', 'usd', 'eur', 'gbp']);
const QUALIFIER_WORDS = new Set(['about', 'around', 'some', 'over', 'nearly', 'almost', 'approximately', 'roughly', 'only', 'just', 'up', 'at', 'more', 'less', 'fewer', 'under', 'below', 'above', 'estimated']);

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** A year: four digits in 1000–2100 with no comma, no scale and no currency before it. */
export function isYear(ctx: TokenContext, n: Numeral): boolean {
  const text = ctx.tokens[n.first]?.text ?? '';
  return !n.spelled && !n.scaled && /^\d{4}$/.test(text) && n.value >= 1000 && n.value <= 2100;
}

/** Why the number at `n` is not a fact, or null when it may be one. `begin` is the sentence's first token. */
export function rejectReason(ctx: TokenContext, n: Numeral, begin: number, end: number): string | null {
  const { lower, tokens } = ctx;
  const prev = lower[n.first - 1] ?? '';
  const prevText = tokens[n.first - 1]?.text ?? '';
  const next = lower[n.last + 1] ?? '';
  const first = tokens[n.first];
  const afterNext = lower[n.last + 2] ?? '';
  if (!first) return 'no token';
  for (let k = n.first; k <= n.last; k++) if (ctx.phone[k]) return 'phone';
  if (n.first > begin && prev !== '$' && ctx.lower[n.first - 1] !== undefined && /^\d/.test(prev)) return 'digit group';
  if (isYear(ctx, n) && prev !== '$' && !CURRENCY_PREV.has(prev)) return 'year';
  if (!n.spelled && (MONTHS.has(prev) || MONTHS.has(next) || WEEKDAYS.has(prev))) return 'date';
  if (!n.spelled && MONTHS.has(lower[n.first - 2] ?? '') && prev === ',') return 'date';
  if (prev === 'of' && FRACTION_WORDS.has(lower[n.first - 2] ?? '')) return 'fraction';
  if (CLOCK_WORDS.has(next)) return 'clock';
  if (ERA_WORDS.has(next)) return 'year';
  if (AGE_OR_INDEX_WORDS.has(prev)) return 'age or index';
  if (next === '-' && tokens[n.last + 1]?.start === tokens[n.last]?.end && !/^\d/.test(afterNext)) return 'hyphenated modifier';
  if (AGE_AFTER.has(next) || (next === 'years' && afterNext === 'old')) return 'age';
  if (prev === ',' && next === ',' && isCapitalised(tokens[n.first - 2]?.text ?? '')) return 'age after a name';
  if (prev === '(' && (next === ')' && isCapitalised(tokens[n.first - 2]?.text ?? ''))) return 'age after a name';
  if (prev === '(' && UNIT_WORDS.has(lower[n.first - 2] ?? '')) return 'conversion';
  if (n.first === begin && (next === '.' || next === ')') && n.last + 2 <= end) return 'list index';
  if (next === 'min' && afterNext === 'read') return 'reading time';
  if (next === 'out' && afterNext === 'of') return 'proportion'; // `eight out of ten`
  if (n.first > begin && isCapitalised(prevText) && /\p{L}/u.test(prevText)
    && !QUALIFIER_WORDS.has(prev) && !ADDITIONAL_WORDS.has(prev) && !CURRENCY_PREV.has(prev) && !YEAR_PREPOSITIONS.has(prev) && !PHRASE_STOP_WORDS.has(prev)) {
    return 'part of a name';
  }
  if (n.spelled) {
    if (ANAPHORIC_DETERMINERS.has(prev)) return 'refers back';
    if (FRACTION_WORDS.has(next)) return 'fraction';
    if (n.value === 1 && !n.scaled && (next === 'of' || next === 'another' || next === "'s" || next === 'by' || next === 'day')) return 'not a count';
  }
  return null;
}
