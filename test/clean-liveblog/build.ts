/** Test helper: a cleaned text from paragraphs, joined by blank lines as the cleaner prints them. */
import type { Span } from '../../src/model/index.ts';
import { joinParagraphs } from '../../src/text/index.ts';

export function build(lines: readonly string[]): { text: string; paragraphs: Span[] } {
  return joinParagraphs(lines);
}

/** Paragraphs of a raw text split on blank lines (what the seeds tests use instead of the cleaner). */
export function splitBlankLines(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') spans.push({ start: (m.index ?? 0) + lead, end: (m.index ?? 0) + lead + trimmed.length });
  }
  return spans;
}
