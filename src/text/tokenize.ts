/**
 * A Penn-Treebank-like tokenizer with offsets: the token boundaries the NER corpora were
 * annotated on (OntoNotes, CoNLL), so the tagger sees at run time what it saw in training.
 * Hand-written because it is the hot path: STACK.md measured a regex tokenizer at ~7.7M words/s
 * against wink-nlp's ~240k, and the whole understanding pass has to run at ≥ 200 articles/s.
 */
import type { Token } from '../model/index.ts';

/** Abbreviations that keep their period as part of the token (`Mr.`, `Gen.`, `Jan.`). Lower-case. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cpl', 'sgt', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'amb', 'atty',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'est', 'approx', 'no', 'nos', 'vol', 'vs', 'etc', 'al',
  'ave', 'blvd', 'rd', 'mt', 'ft', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wyo', 'a.m', 'p.m',
]);

// One alternation, tried left to right at each position; the order is the priority.
const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]`, // URL
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail
    String.raw`[@#][\p{L}\p{N}_]+`, // handle, hashtag
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // U.S., U.N., a.m.
    String.raw`\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|m|bn|km|kg)?(?![\p{L}])`, // 3,000  4.5  10:30  1990s  5th
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*\.?`, // words, with internal hyphens/apostrophes; a trailing period checked below
    String.raw`\.{2,}|-{2,}|[‘’“”«»"']|\S`, // ellipsis, dashes, quotes, any other single character
  ].join('|'),
  'gu',
);

const INITIALISM = /^(?:\p{L}\.){2,}$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))$/u;

/** Whether CLITIC can match `word`: its clitic puts an apostrophe second or third from the end. */
function mayEndInClitic(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const a = word.charCodeAt(n - 2);
  const b = word.charCodeAt(n - 3);
  return a === 39 || a === 0x2019 || b === 39 || b === 0x2019;
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * ASCII characters after a run of ASCII letters and digits that can change what TOKEN makes of the
 * run (an e-mail `[\w.+-]+@`, a URL's `http:`, an initialism's `.`, a word's `-'&` joints and final
 * `.`); for a run of digits also a number's `.,:/` joints. After any other ASCII character (or the
 * end) TOKEN matches exactly the run (see `plainRunEnd`).
 */
const AFTER_WORD = new Set([...'.@+-_\'&:'].map((c) => c.charCodeAt(0)));
const AFTER_NUMBER = new Set([...'.,:/@+-_'].map((c) => c.charCodeAt(0)));

/**
 * The end of the token at `p` when it is a plain ASCII word (`[A-Za-z][A-Za-z0-9]*`) or number
 * (`[0-9]+`) that the fast path may take as it is, else -1. Why that equals TOKEN's match: at `p` the
 * URL alternative needs `http:` or `https:`, the e-mail one an `@` after `[\w.+-]`, the initialism
 * one a `.` after the first letter, the number one (for digits) a joint `.,:/`, a suffix letter or
 * no letter after; the word one stops at the run's end unless `-'’&.` or a non-ASCII letter
 * follows. None of these can differ when the next character is ASCII, not a letter or digit, and not
 * in AFTER_WORD / AFTER_NUMBER. Most tokens of English news are such runs (measured: README).
 */
function plainRunEnd(text: string, p: number, to: number): number {
  const first = text.charCodeAt(p);
  const word = isAsciiLetter(first);
  if (!word && !isDigit(first)) return -1;
  let q = p + 1;
  for (; q < to; q++) {
    const c = text.charCodeAt(q);
    if (isAsciiLetter(c)) {
      if (!word) return -1; // `1990s`, `5th`: number suffixes, left to TOKEN
    } else if (!isDigit(c)) break;
  }
  if (q === to) return q;
  const next = text.charCodeAt(q);
  if (next >= 128 || (word ? AFTER_WORD : AFTER_NUMBER).has(next)) return -1;
  return q;
}

/** ASCII punctuation TOKEN always takes alone (its `\S`): no alternative starts with it or goes on after it. */
const ALONE = new Set([...',;:!?()[]{}"\'$%*/\\<>=^`|~&'].map((c) => c.charCodeAt(0)));
/**
 * Punctuation an e-mail (`[\w.+-]+@`), an ellipsis or a dash run can go on from: alone when the next
 * character is none of theirs (not an ASCII letter or digit, not `_.+-@`).
 */
const ALONE_UNLESS_JOINED = new Set([...'.+-_'].map((c) => c.charCodeAt(0)));
const JOINS = new Set([...'_.+-@'].map((c) => c.charCodeAt(0)));

/** The end of a one-character punctuation token at `p` that TOKEN would give, else -1. */
function lonePunctuationEnd(text: string, p: number, to: number): number {
  const c = text.charCodeAt(p);
  if (ALONE.has(c)) return p + 1;
  if (!ALONE_UNLESS_JOINED.has(c)) return -1;
  if (p + 1 >= to) return p + 1;
  const next = text.charCodeAt(p + 1);
  return isAsciiLetter(next) || isDigit(next) || JOINS.has(next) ? -1 : p + 1;
}

/** Tokens of `text` (or of `text.slice(from, to)`), with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = to === text.length ? text : text.slice(0, to);
  for (let p = from; p < to; ) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) {
      p++;
      continue;
    }
    // Fast paths (same tokens as TOKEN, without a match array per token): plain words and numbers, lone punctuation.
    let end = plainRunEnd(text, p, to);
    if (end < 0) end = lonePunctuationEnd(text, p, to);
    if (end >= 0) {
      tokens.push({ start: p, end, text: text.slice(p, end) });
      p = end;
      continue;
    }
    TOKEN.lastIndex = p;
    const m = TOKEN.exec(slice);
    if (m === null) break;
    let word = m[0];
    const start = m.index;
    if (word.endsWith('.') && word.length > 1 && !INITIALISM.test(word)) {
      // Keep the period only on a known abbreviation or a single initial (`J.`); else it ends the sentence.
      const bare = word.slice(0, -1);
      if (!(ABBREVIATIONS.has(bare.toLowerCase()) || ONE_CAPITAL.test(bare))) word = bare;
    }
    const clitic = mayEndInClitic(word) ? CLITIC.exec(word) : null;
    if (clitic && clitic[1] && clitic[2]) {
      tokens.push({ start, end: start + clitic[1].length, text: clitic[1] });
      tokens.push({ start: start + clitic[1].length, end: start + word.length, text: clitic[2] });
    } else {
      tokens.push({ start, end: start + word.length, text: word });
    }
    p = start + word.length;
  }
  return tokens;
}
