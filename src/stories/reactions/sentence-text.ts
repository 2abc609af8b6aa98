/** The sentence cited for a record, trimmed of furniture, and a comparison key for copies of it. */
import type { Sentence, Span } from '../../model/index.ts';
import { citedSpan } from '../cited-span.ts';

/** Index of the sentence holding `at` (sentences sorted, non-overlapping), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding `at`, else `fallback` (a record's own span). */
export function sentenceAt(sentences: readonly Sentence[], at: number, fallback: Span): Span {
  const i = sentenceIndexAt(sentences, at);
  return i < 0 ? { start: fallback.start, end: fallback.end } : (sentences[i] as Sentence);
}


/** Copies of one sentence compare equal: case, spacing and quote marks folded. */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]|''/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The span to cite for a sentence (../cited-span.ts), re-exported for the stage's callers. */
export { citedSpan };
