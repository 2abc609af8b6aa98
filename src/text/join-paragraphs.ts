/** Paragraphs → one text, joined by a blank line as every clean text is, with the span of each paragraph. */
import type { Span } from '../model/index.ts';

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface JoinedParagraphs {
  readonly text: string;
  readonly paragraphs: Span[];
}

export function joinParagraphs(paragraphs: readonly string[]): JoinedParagraphs {
  const spans: Span[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    if (spans.length > 0) offset += PARAGRAPH_SEPARATOR.length;
    spans.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length;
  }
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs: spans };
}
