/** Kept items → the clean text (paragraphs joined by a blank line) with the span of every paragraph. */
import type { Span } from '../../model/index.ts';

/** Bullet glyphs are layout, not text: "• US forces have killed …" keeps only the sentence. */
const BULLET = /^[•◦▪▫‣●○■□∙·]\s?/;

export interface AssembledText {
  readonly text: string;
  readonly paragraphs: Span[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function stripBullet(line: string): string {
  return line.replace(BULLET, '');
}

export function assembleText(paragraphs: readonly string[]): AssembledText {
  const spans: Span[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    if (spans.length > 0) offset += PARAGRAPH_SEPARATOR.length;
    spans.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length;
  }
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs: spans };
}
