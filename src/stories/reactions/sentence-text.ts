/** The sentence cited for a record, trimmed of furniture, and a comparison key for copies of it. */
import type { Document, Sentence, Span } from '../../model/index.ts';
import { trimDateline } from '../timeline/index.ts';

/** A live-blog entry's own clock stamp at its head (`07:11 `): the entry's time, not the sentence's words. */
const ENTRY_STAMP = /^\d{1,2}[:.]\d{2}\s+/;

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

/** The span to cite: wire datelines and a live-blog entry's stamp cut off the front, spaces off both ends. */
export function citedSpan(doc: Document, span: Span): Span {
  let { start } = trimDateline(doc.text, span.start, span.end);
  let end = span.end;
  const entry = doc.passages.find((p) => p.kind === 'liveblog_entry' && p.start === start);
  if (entry) {
    const m = ENTRY_STAMP.exec(doc.text.slice(start, end));
    if (m && start + m[0].length < end) start += m[0].length;
  }
  while (start < end && /\s/.test(doc.text[start] as string)) start++;
  while (end > start && /\s/.test(doc.text[end - 1] as string)) end--;
  return { start, end };
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
