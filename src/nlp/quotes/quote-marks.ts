/**
 * Direct quotations from quote marks, in one pass over the tokens. Double marks (straight or
 * curly) and guillemets pair within a paragraph; a quotation left open at a paragraph's end
 * continues when the next paragraph opens with a quote mark (the multi-paragraph convention) and
 * otherwise ends with the paragraph. Single marks quote only outside a double quotation, open at a
 * word start and close before a non-letter, so possessives (`voters’`) inside prose do not pair.
 */
import type { Token } from '../../model/index.ts';

export interface QuoteMarks {
  /** Token index of the opening mark. */
  readonly open: number;
  /** Token index of the closing mark, or of the last token when the quotation is never closed. */
  readonly close: number;
  readonly start: number;
  readonly end: number;
}

const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
/** Every mark the pass below acts on (all one character): other tokens skip its tests. */
const MARKS = new Set([...DOUBLE_OPEN, ...DOUBLE_CLOSE, '"', "'", '‘', '’']);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** `paragraphOf[i]` = paragraph number of token i. */
export function findQuoteMarks(text: string, tokens: readonly Token[], paragraphOf: Int32Array): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let open = -1; // token index of an open double quotation
  let single = -1; // token index of an open single quotation
  let reopening = -1; // token index of a continued paragraph's opening mark
  const push = (from: number, to: number): void => {
    const a = tokens[from];
    const b = tokens[to];
    if (a && b && to > from) out.push({ open: from, close: to, start: a.start, end: b.end });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const newParagraph = next !== undefined && paragraphOf[i + 1] !== paragraphOf[i];
    let s = t.text;
    let last = i; // last token of this mark: `''` (two apostrophes, a typewriter double quote) spans two
    const after = tokens[i + 1];
    if (s === "'" && after && after.text === "'" && after.start === t.end) { s = '"'; last = i + 1; }
    if (i === reopening) {
      // the opening mark that repeats at the start of a continued paragraph
    } else if (s.length !== 1 || !MARKS.has(s)) {
      // not a quote mark: none of the tests below can hold
    } else if (open >= 0) {
      // an opening mark typed where a closing one belongs (`here,“ said X`) also closes
      const misturned = DOUBLE_OPEN.has(s) && /\S/.test(text[t.start - 1] ?? ' ') && !isWordChar(text[t.end]);
      if (DOUBLE_CLOSE.has(s) || s === '"' || misturned) { push(open, last); open = -1; single = -1; }
    } else if (DOUBLE_OPEN.has(s) || (s === '"' && !isWordChar(text[t.start - 1]) && !/[.,!?]/.test(text[t.start - 1] ?? ''))) {
      if (single >= 0) single = -1; // a double quotation inside a single one: keep the outer structure simple
      open = i;
    } else if (s === '‘' || (s === "'" && !isWordChar(text[t.start - 1]) && isWordChar(text[t.end]))) {
      if (single < 0) single = i;
    } else if ((s === '’' || s === "'") && single >= 0 && !isWordChar(text[t.end])) {
      push(single, i);
      single = -1;
    }
    if (last > i) {
      i = last;
      const following = tokens[i + 1];
      if (following === undefined || paragraphOf[i + 1] !== paragraphOf[i]) {
        if (open >= 0) {
          const continues = following !== undefined && (DOUBLE_OPEN.has(following.text) || following.text === '"' || following.text === "'");
          if (continues) reopening = i + 1;
          else { push(open, i); open = -1; }
        }
        single = -1;
      }
      continue;
    }
    if (newParagraph || next === undefined) {
      if (open >= 0) {
        const continues = next !== undefined && (DOUBLE_OPEN.has(next.text) || next.text === '"');
        if (continues) reopening = i + 1;
        else { push(open, i); open = -1; }
      }
      single = -1;
    }
  }
  return out;
}
