/**
 * Finding a gold snippet in the clean text. Quotes and apostrophes are compared straight, space
 * runs as one space and case is ignored, so `Iran’s` in the gold finds `Iran's` in the text; the
 * returned span is in the clean text's own offsets.
 */
import type { Sentence, Span } from '../../model/index.ts';

interface Folded {
  readonly text: string;
  /** Offset in the original text of each folded character. */
  readonly origin: readonly number[];
}

function foldChar(c: string): string {
  if (c === '’' || c === '‘' || c === '`' || c === '´') return "'";
  if (c === '“' || c === '”' || c === '«' || c === '»') return '"';
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

function fold(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else {
      out += foldChar(c);
    }
    origin.push(i);
  }
  return { text: out, origin };
}

export class SnippetLocator {
  private readonly folded: Folded;

  constructor(private readonly text: string) {
    this.folded = fold(text);
  }

  /** The span of the `occurrence`-th match (1-based), or null when the snippet is not in the text. */
  locate(snippet: string, occurrence = 1): Span | null {
    const needle = fold(snippet.trim()).text;
    if (needle.length === 0) return null;
    let at = -1;
    for (let n = 0; n < occurrence; n++) {
      at = this.folded.text.indexOf(needle, at + 1);
      if (at < 0) return null;
    }
    const start = this.folded.origin[at]!;
    const last = this.folded.origin[at + needle.length - 1]!;
    return { start, end: last + 1 };
  }

  /** How many times the snippet occurs (for checking that gold snippets are unambiguous). */
  count(snippet: string): number {
    const needle = fold(snippet.trim()).text;
    if (needle.length === 0) return 0;
    let n = 0;
    for (let at = this.folded.text.indexOf(needle); at >= 0; at = this.folded.text.indexOf(needle, at + 1)) n++;
    return n;
  }

  get length(): number {
    return this.text.length;
  }
}

/** Index of the sentence that contains `offset`, or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
