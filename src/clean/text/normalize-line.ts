/**
 * Whitespace normalisation of one line of scraped text. Only whitespace changes: every other
 * character keeps its order, no two words are glued and no word is split.
 */

/** Spaces that a page uses for layout: NBSP, the U+2000 block, narrow NBSP, ideographic space, tab. */
const LAYOUT_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Invisible characters with no meaning in plain text: BOM, soft hyphen, zero-width space. */
const INVISIBLES = /[\ufeff\u00ad\u200b]/g;
const SPACE_RUNS = / {2,}/g;

export function normalizeLine(line: string): string {
  return line.replace(INVISIBLES, '').replace(LAYOUT_SPACES, ' ').replace(SPACE_RUNS, ' ').trim();
}

/** Splits on any line break (CRLF, CR, LF, U+2028/2029, form feed, vertical tab). */
export function splitLines(content: string): string[] {
  return content.split(/\r\n|[\r\n\u2028\u2029\f\v]/);
}

/** Words as the rules count them: runs of non-spaces. */
export function countWords(line: string): number {
  if (line.length === 0) return 0;
  return line.split(' ').length;
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const TRAILING_CLOSERS = /["'”’»)\]]+$/;

/** The line's last character, looking through closing quotes and brackets (`said."` → `.`). */
export function finalMark(line: string): string {
  const core = line.replace(TRAILING_CLOSERS, '');
  return core.length === 0 ? '' : core[core.length - 1]!;
}

/** True when the line ends like a sentence: `.`, `!`, `?` or `…`, looking through closing quotes. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]/.test(finalMark(line));
}
