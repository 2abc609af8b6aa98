/** Hand-built documents for the duplicate tests: paragraphs joined by blank lines, one passage each. */
import type { Document, Passage } from '../../../src/model/index.ts';
import { passageId } from '../../../src/model/index.ts';

export interface Part {
  readonly text: string;
  /** A live-blog entry's absolute time; the entry text then carries its own label (`08:05 …`). */
  readonly time?: string;
}

export function makeDoc(id: string, parts: readonly (Part | string)[], meta: Partial<Document> = {}): Document {
  const passages: Passage[] = [];
  let text = '';
  for (const [i, part] of parts.entries()) {
    const p = typeof part === 'string' ? { text: part } : part;
    if (text) text += '\n\n';
    const start = text.length;
    text += p.text;
    passages.push({ id: passageId(id, i), kind: p.time ? 'liveblog_entry' : 'paragraph', start, end: text.length, ...(p.time ? { time: p.time } : {}) });
  }
  return {
    id, origin: `${id}.txt`, url: null, title: null, published: null, source: null, agencies: [], author: null,
    language: 'en', kind: passages.some((p) => p.time) ? 'liveblog' : 'article', text, rawSha256: id.padEnd(64, '0'), passages, ...meta,
  };
}
