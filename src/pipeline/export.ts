/**
 * Streams the export (EXPORT.md) as text chunks. JSON Lines is the constant-memory path for large
 * corpora: each document is followed by its annotation records, and the corpus entities (merged
 * across documents) come last. The single JSON object streams the documents and holds the other
 * arrays, already serialised, until the end.
 */
import type { ExportEntity } from '../model/index.ts';
import { mergeExportEntities, toExportAnnotations } from '../model/index.ts';
import { EXPORT_ARRAYS, EXPORT_FORMAT, toExportDocument } from '../model/export.ts';
import type { Store } from '../store/index.ts';

export type ExportFormat = 'json' | 'jsonl';
type ExportArray = (typeof EXPORT_ARRAYS)[number];

/** The singular `type` of a JSON Lines record for each array. */
const RECORD_TYPE: Record<ExportArray, string> = {
  documents: 'document', entities: 'entity', mentions: 'mention', quotes: 'quote', timexes: 'timex',
  events: 'event', facts: 'fact', stances: 'stance', duplicates: 'duplicate', stories: 'story',
  timeline: 'timeline', contradictions: 'contradiction',
};

/** The per-document annotation arrays, in export order. */
const DOC_ARRAYS = ['mentions', 'quotes', 'timexes', 'events', 'facts', 'stances'] as const;

/**
 * A JSON Lines record: `type` names its array (EXPORT.md), so a record's own `type` (an entity's,
 * a timex's, an event's) is written as `<record>_type` rather than lost under the discriminator.
 */
export function jsonlRecord(recordType: string, record: object): object {
  if (!('type' in record)) return { type: recordType, ...record };
  const { type: own, ...rest } = record as { type: unknown };
  return { type: recordType, [`${recordType}_type`]: own, ...rest };
}

export function exportRecordType(array: ExportArray): string {
  return RECORD_TYPE[array];
}

export async function* exportChunks(store: Store, format: ExportFormat, generated: Date = new Date()): AsyncGenerator<string> {
  const header = { format: EXPORT_FORMAT, generated: generated.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  const entities = new Map<string, ExportEntity>();
  const held = new Map<ExportArray, string[]>(DOC_ARRAYS.map((a) => [a, []]));
  const line = (array: ExportArray, record: object) => `${JSON.stringify(jsonlRecord(RECORD_TYPE[array], record))}\n`;

  if (format === 'jsonl') yield `${JSON.stringify({ type: 'header', ...header })}\n`;
  else yield `{"format":${JSON.stringify(header.format)},"generated":${JSON.stringify(header.generated)},"documents":[`;
  let first = true;
  for await (const doc of store.iterateDocuments()) {
    if (format === 'jsonl') yield line('documents', toExportDocument(doc));
    else yield `${first ? '\n' : ',\n'}${JSON.stringify(toExportDocument(doc))}`;
    first = false;
    const annotations = await store.getAnnotations(doc.id);
    if (!annotations) continue;
    const records = toExportAnnotations(doc.text, annotations);
    for (const e of records.entities) {
      const known = entities.get(e.id);
      entities.set(e.id, known ? mergeExportEntities(known, e) : e);
    }
    for (const array of DOC_ARRAYS) {
      if (format === 'jsonl') for (const r of records[array]) yield line(array, r);
      else held.get(array)?.push(...records[array].map((r) => JSON.stringify(r)));
    }
  }
  const sortedEntities = [...entities.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (format === 'jsonl') {
    for (const e of sortedEntities) yield line('entities', e);
    return;
  }
  yield first ? ']' : '\n]';
  for (const array of EXPORT_ARRAYS) {
    if (array === 'documents') continue;
    const items = array === 'entities' ? sortedEntities.map((e) => JSON.stringify(e)) : (held.get(array) ?? []);
    yield `,${JSON.stringify(array)}:[${items.length > 0 ? `\n${items.join(',\n')}\n` : ''}]`;
  }
  yield '}\n';
}
