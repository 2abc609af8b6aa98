/**
 * Streams the export (EXPORT.md) as text chunks. JSON Lines is the constant-memory path for large
 * corpora: each document is followed by its annotation records, and the corpus entities (merged
 * across documents) come last. The single JSON object streams the documents and holds the other
 * arrays, already serialised, until the end.
 */
import type { ExportEntity } from '../model/index.ts';
import { mergeExportEntities, toExportAnnotations } from '../model/index.ts';
import { correctedExportEntities, toCorrectionRecords } from './export-corrections.ts';
import { EXPORT_ARRAYS, EXPORT_FORMAT, toExportDocument } from '../model/export.ts';
import type { Store } from '../store/index.ts';
import { toDuplicateRecords, versionOf } from '../stories/duplicates/index.ts';
import { loadStory } from './story-articles.ts';
import { storyContradictions, storyTimeline } from './story-views.ts';

/** The timeline each story gets in the export (the CLI's defaults). */
const EXPORT_TIMELINE = { maxDates: 10, perDate: 2 };

export type ExportFormat = 'json' | 'jsonl';
type ExportArray = (typeof EXPORT_ARRAYS)[number];

/** The singular `type` of a JSON Lines record for each array. */
const RECORD_TYPE: Record<ExportArray, string> = {
  documents: 'document', entities: 'entity', mentions: 'mention', quotes: 'quote', timexes: 'timex',
  events: 'event', facts: 'fact', stances: 'stance', duplicates: 'duplicate', stories: 'story',
  timeline: 'timeline', contradictions: 'contradiction', corrections: 'correction',
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
  const held = new Map<ExportArray, string[]>(EXPORT_ARRAYS.map((a) => [a, []]));
  const line = (array: ExportArray, record: object) => `${JSON.stringify(jsonlRecord(RECORD_TYPE[array], record))}\n`;
  const pairs = await store.listDuplicatePairs();
  const olderVersion = versionOf(pairs);

  if (format === 'jsonl') yield `${JSON.stringify({ type: 'header', ...header })}\n`;
  else yield `{"format":${JSON.stringify(header.format)},"generated":${JSON.stringify(header.generated)},"documents":[`;
  let first = true;
  for await (const doc of store.iterateDocuments()) {
    const exported = toExportDocument(doc, olderVersion.get(doc.id) ?? null);
    if (format === 'jsonl') yield line('documents', exported);
    else yield `${first ? '\n' : ',\n'}${JSON.stringify(exported)}`;
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
  const corrections = await store.listCorrections();
  const sortedEntities = (await correctedExportEntities(store, corrections, entities)).sort((a, b) => a.id.localeCompare(b.id));
  if (format === 'jsonl') {
    for (const e of sortedEntities) yield line('entities', e);
    for (const record of toCorrectionRecords(corrections)) yield line('corrections', record);
    for (const record of toDuplicateRecords(pairs)) yield line('duplicates', record);
    for await (const [array, record] of storyRecords(store)) yield line(array, record);
    return;
  }
  held.get('duplicates')?.push(...toDuplicateRecords(pairs).map((r) => JSON.stringify(r)));
  held.get('corrections')?.push(...toCorrectionRecords(corrections).map((r) => JSON.stringify(r)));
  for await (const [array, record] of storyRecords(store)) held.get(array)?.push(JSON.stringify(record));
  yield first ? ']' : '\n]';
  for (const array of EXPORT_ARRAYS) {
    if (array === 'documents') continue;
    const items = array === 'entities' ? sortedEntities.map((e) => JSON.stringify(e)) : (held.get(array) ?? []);
    yield `,${JSON.stringify(array)}:[${items.length > 0 ? `\n${items.join(',\n')}\n` : ''}]`;
  }
  yield '}\n';
}

/** Each story's record, then its timeline items and contradictions (EXPORT.md `stories`, `timeline`, `contradictions`). */
async function* storyRecords(store: Store): AsyncGenerator<[ExportArray, object]> {
  for (const summary of await store.listStories({ limit: Number.MAX_SAFE_INTEGER })) {
    const docs = await store.storyDocuments(summary.id, Number.MAX_SAFE_INTEGER);
    const first = summary.first === null ? null : { value: summary.first.slice(0, 10), precision: 'day' };
    const last = summary.last === null ? null : { value: summary.last.slice(0, 10), precision: 'day' };
    yield ['stories', { id: summary.id, title: summary.title, docs: [...docs].reverse(), first, last, aliases: summary.aliases }];
    const loaded = await loadStory(store, summary.id);
    if (loaded === null) continue;
    for (const record of storyTimeline(loaded, EXPORT_TIMELINE).records) yield ['timeline', record];
    for (const record of storyContradictions(loaded).records) yield ['contradictions', record];
  }
}
