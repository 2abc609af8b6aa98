/**
 * Regex fragments built from the lexicon, shared by the rule tables. Every rule regex is
 * case-insensitive; rules check the capital of month and weekday names themselves.
 */
import { MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, VAGUE_AMOUNTS, WEEKDAYS, ZONES } from './lexicon.ts';

/** Longest first, so an alternation never stops at a prefix (`sept` before `sep`). */
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`))).join('|');
}

const MONTH_NAMES = Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const MONTH_ABBREVIATIONS = Object.keys(MONTHS).filter((m) => !MONTH_NAMES.includes(m));
/** Month names; abbreviations may carry a dot (`Dec.`, `Sept`). `Mar`/`May` need context the rules give. */
export const MONTH = `(?:${alternation(MONTH_NAMES)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
/** Full month names only (a bare month standing alone). */
export const MONTH_FULL = `(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
/** Weekday names; abbreviations only with their dot (`Sun.` — a bare `sun` or `sat` is a word). */
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')))}|(?:${alternation(Object.keys(WEEKDAYS).filter((w) => !w.endsWith('day')))})\\.)`;
export const WEEKDAY_FULL = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
export const DAY_OF_MONTH = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
export const YEAR4 = `(?:1[5-9]\\d\\d|20\\d\\d)`;
export const PART_OF_DAY = `(?:${alternation(Object.keys(PARTS_OF_DAY))})`;
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
export const ZONE = `(?:local time|${alternation(Object.keys(ZONES).filter((z) => z !== 'z'))})`;

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL = Object.keys(NUMBER_WORDS).filter((w) => !['a', 'an', 'hundred', 'thousand', 'dozen', 'half'].includes(w) && !TENS.split('|').includes(w));
const WORD_NUMBER = `(?:(?:(?:${TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${alternation(SMALL)}|an?)?\\s?(?:hundred|thousand)|(?:${TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${alternation(SMALL)}|(?:a )?dozen|a half|half an?)`;
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+|\\s[1-3]/[2-4])?`;
/** A stated amount: digits or number words, with an optional `and a half`. */
export const NUMBER = `(?:${DIGITS}|${WORD_NUMBER})(?: and a half)?`;
/** An amount as TimeML may leave it vague (`several`, `a few`). */
export const AMOUNT = `(?:${NUMBER}|${alternation(VAGUE_AMOUNTS)}|an?)`;

export const UNIT = `(?:${alternation(Object.keys(UNITS))}|centuries)`;
export const UNIT_PLURAL = `${UNIT}s?`;
/** Calendar units that name a current period (`this week`, `last year`). */
export const PERIOD = `(?:week|weekend|month|year|quarter|decade|century)`;
export const ORDINAL = `(?:${alternation(Object.keys(ORDINALS).filter((o) => o !== 'final'))})`;

/**
 * Trigger words: every match of a rule contains one of its trigger words (lower case; `#` = any
 * number, `#4` = a four-digit number). The engine tokenises the text once and tries a rule only at
 * word starts shortly before one of its triggers (see find.ts).
 */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS);
export const WEEKDAY_WORDS: readonly string[] = [...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')).map((w) => `${w}s`)];
export const UNIT_WORDS: readonly string[] = [...Object.keys(UNITS).flatMap((u) => [u, `${u}s`]), 'centuries', 'while'];
export const HOLIDAY_WORDS: readonly string[] = [
  'christmas', 'year', 'boxing', 'valentine', 'independence', 'july', 'halloween', 'veterans', 'armistice', 'bastille', 'patrick',
  'may', 'thanksgiving', 'labor', 'memorial', 'luther', 'presidents', 'mother', 'father', 'easter', 'friday',
];

/**
 * Compiles a rule pattern: global, case-insensitive, ending at a word boundary. The boundary before
 * the match is checked by the engine (`startsWord`), not by a lookbehind: a leading lookbehind
 * stops V8 from skipping ahead to the pattern's first letters and made every rule 3–5× slower.
 */
export function rule(source: string): RegExp {
  return new RegExp(`(?:${source})(?![\\w-]|['’](?!s\\b)|\\.\\w)`, 'gi');
}

/** True when a match may start at `index`: not inside a word, a number or a hyphenated compound. */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return !(wordChar || c === 39 || c === 0x2019 || c === 45);
}
