/** Hand-built documents for store and export tests (spaCy's habit: build the data, load no model). */
import { createHash, randomBytes } from 'node:crypto';
import type { Document, Passage } from '../../src/model/index.ts';
import { documentId, passageId } from '../../src/model/index.ts';
import type { DocumentWrite } from '../../src/store/index.ts';

export function makeWrite(text: string, overrides: Partial<Document> = {}, rawBytes?: Uint8Array): DocumentWrite {
  const bytes = rawBytes ?? new Uint8Array(Buffer.concat([Buffer.from(text), randomBytes(8)]));
  const sha = createHash('sha256').update(bytes).digest('hex');
  const id = documentId(sha);
  const paragraphs: Passage[] = [];
  let offset = 0;
  for (const [index, paragraph] of text.split('\n\n').entries()) {
    paragraphs.push({ id: passageId(id, index), kind: 'paragraph', start: offset, end: offset + paragraph.length });
    offset += paragraph.length + 2;
  }
  const document: Document = {
    id, origin: `test-${id}.txt`, url: null, title: null, published: null, source: null, agencies: [],
    author: null, language: 'en', kind: 'article', text, rawSha256: sha, passages: paragraphs, ...overrides,
  };
  return { document, raw: { bytes, contentType: 'text', hints: {} }, warnings: [] };
}
