/** A text or HTML file (or stdin) is one document: its bytes, decoded by BOM, declared charset or UTF-8. */
import type { RawDocument } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { decodeDocument } from './decode-document.ts';
import { notesToProblems } from './record-document.ts';
import { tooLarge } from './types.ts';
import type { IngestOptions, ReadResult } from './types.ts';

export function readSingle(name: string, bytes: Uint8Array, format: 'text' | 'html', options: IngestOptions): ReadResult {
  const source = `ingest.${format}`;
  if (bytes.length > options.maxDocumentBytes) {
    const note = tooLarge(bytes.length, options.maxDocumentBytes);
    return { documents: [], problems: [problem(source, note.code, note.reason, name, true)] };
  }
  const decoded = decodeDocument(bytes, { html: format === 'html' });
  const document: RawDocument = { origin: name, bytes, contentType: format, content: decoded.content, hints: {} };
  return { documents: [document], problems: notesToProblems(source, name, decoded.notes, false) };
}
