/**
 * First-character tests (`/^\p{Lu}/u` and kin) answered from the character code when it is ASCII —
 * almost every token — and by the Unicode regex otherwise, so the answers are the regex's own.
 */
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;
const NUMBER = /^\p{N}/u;

/** `/^\p{Lu}/u.test(s)` */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(s);
}

/** `/^\p{L}/u.test(s)` */
export function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(s);
}

/** `/^\p{N}/u.test(s)` */
export function startsNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : NUMBER.test(s);
}
