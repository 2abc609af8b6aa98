/**
 * Streams the export (EXPORT.md) as text chunks, a document at a time, so a corpus larger than
 * memory exports in constant memory. The CLI writes the chunks to a file or stdout; the server
 * will stream the same chunks.
 */
import { EXPORT_ARRAYS, EXPORT_FORMAT, toExportDocument } from '../model/export.ts';
import type { Store } from '../store/index.ts';

export type ExportFormat = 'json' | 'jsonl';

/** The singular `type` of a JSON Lines record for each array. */
const RECORD_TYPE: Record<(typeof EXPORT_ARRAYS)[number], string> = {
  documents: 'document', entities: 'entity', mentions: 'mention', quotes: 'quote', timexes: 'timex',
  events: 'event', facts: 'fact', stances: 'stance', duplicates: 'duplicate', stories: 'story',
  timeline: 'timeline', contradictions: 'contradiction',
};

export function exportRecordType(array: (typeof EXPORT_ARRAYS)[number]): string {
  return RECORD_TYPE[array];
}

export async function* exportChunks(store: Store, format: ExportFormat, generated: Date = new Date()): AsyncGenerator<string> {
  const header = { format: EXPORT_FORMAT, generated: generated.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  if (format === 'jsonl') {
    yield `${JSON.stringify({ type: 'header', ...header })}\n`;
    for await (const doc of store.iterateDocuments()) yield `${JSON.stringify({ type: 'document', ...toExportDocument(doc) })}\n`;
    return;
  }
  yield `{"format":${JSON.stringify(header.format)},"generated":${JSON.stringify(header.generated)},"documents":[`;
  let first = true;
  for await (const doc of store.iterateDocuments()) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(toExportDocument(doc))}`;
    first = false;
  }
  yield first ? ']' : '\n]';
  for (const array of EXPORT_ARRAYS) if (array !== 'documents') yield `,${JSON.stringify(array)}:[]`;
  yield '}\n';
}
