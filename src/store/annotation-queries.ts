/**
 * The SQL of the annotation layers (migration 0003), kept apart from the document queries.
 * Every statement is parameterised; filters are optional parameters tested with `IS NULL`.
 */
import type { Annotations, CorrectionIndex, Entity, Sentence } from '../model/index.ts';
import { correctEntity, indexCorrections, NO_CORRECTIONS } from '../model/index.ts';
import { readCorrections } from './correction-queries.ts';
import type { SqlRunner } from './sql-client.ts';
import { annotationBundleSql } from './annotation-bundle.ts';
import type { AnnotationFilter, AnnotationLayer, AnnotationWrite, CorpusEntity, StoredRecord } from './store.ts';

/** What `analyses.bundle` holds (annotation-bundle.ts). */
interface Bundle {
  readonly sentences: [number, number][];
  readonly entities: [string, Entity][] | null;
  readonly records: [AnnotationLayer, never][] | null;
}

/** The filter columns of one record, by layer. */
interface RecordColumns {
  readonly localId: string;
  readonly start: number;
  readonly end: number;
  readonly type: string | null;
  readonly date: string | null;
  readonly entity: string | null;
  readonly target: string | null;
  readonly record: object;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Flattens Annotations into rows: one per mention, quote, timex, event, fact and stance. */
export function recordRows(a: Annotations): { layer: AnnotationLayer; row: RecordColumns }[] {
  const rows: { layer: AnnotationLayer; row: RecordColumns }[] = [];
  a.mentions.forEach((m, i) => rows.push({ layer: 'mention', row: { localId: `m${i}`, start: m.start, end: m.end, type: null, date: null, entity: m.entity, target: null, record: m } }));
  for (const q of a.quotes) rows.push({ layer: 'quote', row: { localId: q.id, start: q.start, end: q.end, type: q.kind, date: null, entity: q.speaker?.entity ?? null, target: null, record: q } });
  for (const t of a.timexes) rows.push({ layer: 'timex', row: { localId: t.id, start: t.start, end: t.end, type: t.type, date: t.value, entity: null, target: null, record: t } });
  for (const e of a.events) rows.push({ layer: 'event', row: { localId: e.id, start: e.start, end: e.end, type: e.type, date: e.date?.value ?? null, entity: e.actor ?? null, target: e.target ?? null, record: e } });
  for (const f of a.facts) rows.push({ layer: 'fact', row: { localId: f.id, start: f.start, end: f.end, type: f.unit ?? null, date: null, entity: f.entity ?? null, target: null, record: f } });
  for (const s of a.stances) rows.push({ layer: 'stance', row: { localId: s.id, start: s.start, end: s.end, type: s.stance, date: null, entity: s.actor, target: null, record: s } });
  return rows;
}

/** `index`: the corrections (correction-queries.ts `correctionIndexFor`), for each entity row's derived key, type and name. */
export async function writeOneAnalysis(tx: SqlRunner, write: AnnotationWrite, index: CorrectionIndex = NO_CORRECTIONS): Promise<void> {
  const a = write.annotations;
  // Two processes analysing one document at once would both delete and then both insert: take a
  // per-document lock for the rest of the transaction so the second waits and then replaces.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`analysis:${a.doc}`]);
  await tx.query('DELETE FROM entities WHERE doc_id = $1', [a.doc]);
  await tx.query('DELETE FROM annotations WHERE doc_id = $1', [a.doc]);
  await tx.query(
    `INSERT INTO analyses (doc_id, version, sentences) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (doc_id) DO UPDATE SET version = EXCLUDED.version, sentences = EXCLUDED.sentences, analysed_at = now()`,
    [a.doc, write.version, JSON.stringify(a.sentences.map((s) => [s.start, s.end]))],
  );
  if (a.entities.length > 0) {
    const e = a.entities;
    const corrected = e.map((x) => correctEntity(index, { ...x, key: write.corpusKeys.get(x.id) ?? x.key }));
    const mentions = new Map<string, number>();
    for (const m of a.mentions) mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
    await tx.query(
      `INSERT INTO entities (doc_id, local_id, type, name, doc_key, corpus_key, record, entity_key, entity_type, entity_name, mentions)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::text[], $9::text[], $10::text[], $11::int[])`,
      [a.doc, e.map((x) => x.id), e.map((x) => x.type), e.map((x) => x.name), e.map((x) => x.key),
        e.map((x) => write.corpusKeys.get(x.id) ?? x.key), e.map((x) => JSON.stringify(x)),
        corrected.map((x) => x.key), corrected.map((x) => x.type), corrected.map((x) => x.name), e.map((x) => mentions.get(x.id) ?? 0)],
    );
  }
  const rows = recordRows(a);
  if (rows.length > 0) {
    await tx.query(
      `INSERT INTO annotations (doc_id, layer, local_id, start_offset, end_offset, type, date_value, entity, target, snippet, record)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[])`,
      [a.doc, rows.map((r) => r.layer), rows.map((r) => r.row.localId), rows.map((r) => r.row.start), rows.map((r) => r.row.end),
        rows.map((r) => r.row.type), rows.map((r) => r.row.date), rows.map((r) => r.row.entity), rows.map((r) => r.row.target),
        rows.map((r) => write.snippets.get(`${r.layer}/${r.row.localId}`) ?? ''), rows.map((r) => JSON.stringify(r.row.record))],
    );
  }
  await tx.query(`UPDATE analyses a SET bundle = ${annotationBundleSql('a')} WHERE a.doc_id = $1`, [a.doc]);
}

export async function readAnnotations(db: SqlRunner, docId: string): Promise<Annotations | null> {
  return (await readAnnotationsOf(db, [docId])).get(docId) ?? null;
}

/**
 * The annotations of many documents in one statement, whatever their number (a story view reads a few
 * hundred members): each analysed document's bundle (annotation-bundle.ts), one JSON text a document,
 * built from its rows only where none is stored. One row a document, not one a record: reading the
 * rows (one statement per table) cost the server's thread row parsing, garbage and socket wake-ups
 * (the bench store's 20 analysed stories: records read 1.63 ms, 0.95 ms of the server's CPU; as
 * aggregated JSON 1.19 / 0.60; as stored bundles 0.05 ms of the database's time). Unanalysed documents
 * are absent.
 */
export async function readAnnotationsOf(db: SqlRunner, docIds: readonly string[]): Promise<Map<string, Annotations>> {
  const out = new Map<string, Annotations>();
  if (docIds.length === 0) return out;
  const { rows: stored } = await db.query<{ doc_id: string; bundle: string; corrected: boolean }>(
    `SELECT a.doc_id, coalesce(a.bundle, ${annotationBundleSql('a')}) AS bundle, EXISTS (SELECT 1 FROM corrections) AS corrected
       FROM analyses a WHERE a.doc_id = ANY($1::text[])`,
    [docIds],
  );
  const rows = stored.map((r) => ({ doc_id: r.doc_id, ...(JSON.parse(r.bundle) as Bundle) }));
  // the corrections are read only when there are some, and entities to correct (one statement fewer
  // for a store nobody corrected)
  const corrections = stored[0]?.corrected === true && rows.some((r) => r.entities !== null) ? indexCorrections(await readCorrections(db)) : NO_CORRECTIONS;
  const field = { mention: 'mentions', quote: 'quotes', timex: 'timexes', event: 'events', fact: 'facts', stance: 'stances' } as const;
  for (const r of rows) {
    const annotations: Annotations = {
      doc: r.doc_id,
      sentences: r.sentences.map(([start, end]): Sentence => ({ start, end })),
      entities: (r.entities ?? []).map(([corpusKey, record]) => correctEntity(corrections, { ...record, key: corpusKey })),
      mentions: [], quotes: [], timexes: [], events: [], facts: [], stances: [],
    };
    for (const [layer, record] of r.records ?? []) (annotations[field[layer]] as unknown[]).push(record);
    out.set(r.doc_id, annotations);
  }
  return out;
}

/** `%part%` for ILIKE, with the pattern characters of the user's text escaped. */
export function likePattern(part: string | undefined): string | null {
  return part === undefined ? null : `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Entity keys (corrections applied) whose name, corrected name or alias contains the text (a subquery over `$n`). */
export function keysMatching(param: string): string {
  return `(SELECT k.entity_key FROM entities k WHERE k.name ILIKE ${param} OR k.entity_name ILIKE ${param}
            OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(k.record->'aliases') al WHERE al ILIKE ${param}))`;
}

interface RecordRow {
  doc_id: string; layer: AnnotationLayer; local_id: string; start_offset: number; end_offset: number;
  type: string | null; date_value: string | null; snippet: string; record: Record<string, unknown>;
  entity_name: string | null; target_name: string | null; title: string | null; source: string | null; published_value: string | null;
}

export async function queryRecords(db: SqlRunner, layer: AnnotationLayer, docId: string | null, filter: AnnotationFilter): Promise<StoredRecord[]> {
  // Records without their own date fall back to the document's publication date for --from/--to.
  const { rows } = await db.query<RecordRow>(
    `SELECT a.doc_id, a.layer, a.local_id, a.start_offset, a.end_offset, a.type, a.date_value, a.snippet, a.record,
            ea.entity_name AS entity_name, et.entity_name AS target_name, d.title, d.source, d.published_value
       FROM annotations a
       JOIN documents d ON d.id = a.doc_id
       LEFT JOIN entities ea ON ea.doc_id = a.doc_id AND ea.local_id = a.entity
       LEFT JOIN entities et ON et.doc_id = a.doc_id AND et.local_id = a.target
      WHERE a.layer = $1
        AND ($2::text IS NULL OR a.doc_id = $2)
        AND ($3::text IS NULL OR ea.entity_key IN ${keysMatching('$3')} OR et.entity_key IN ${keysMatching('$3')}
             OR ($1 = 'timex' AND a.doc_id IN (SELECT doc_id FROM entities WHERE entity_key IN ${keysMatching('$3')})))
        AND ($4::text IS NULL OR ea.entity_key IN ${keysMatching('$4')})
        AND ($5::text IS NULL OR lower(a.type) = lower($5))
        AND ($6::text IS NULL OR coalesce(a.date_value, d.published_value) >= $6)
        AND ($7::text IS NULL OR left(coalesce(a.date_value, d.published_value), length($7)) <= $7)
        AND ($9::text IS NULL OR a.doc_id = ANY (ARRAY(SELECT sm.doc_id FROM story_members sm WHERE sm.story_id = $9)))
        AND ($10::text IS NULL OR ea.entity_key = $10 OR et.entity_key = $10)
      ORDER BY coalesce(a.date_value, d.published_value) NULLS LAST, a.doc_id, a.start_offset
      LIMIT $8 OFFSET $11`,
    [layer, docId, likePattern(filter.entity), likePattern(filter.speaker), filter.type ?? null, filter.from ?? null, filter.to ?? null, filter.limit ?? 100,
      filter.story ?? null, filter.entityKey ?? null, filter.offset ?? 0],
  );
  return rows.map((r) => ({
    doc: r.doc_id, layer: r.layer, localId: r.local_id, start: r.start_offset, end: r.end_offset, type: r.type, date: r.date_value,
    snippet: r.snippet, entityName: r.entity_name, targetName: r.target_name, docTitle: r.title, docSource: r.source,
    docPublished: r.published_value, record: r.record,
  }));
}

interface EntityRow {
  entity_key: string; type: string; documents: number; mentions: number;
  /** Each document's record of the entity, its `key` replaced by the row's corpus key. */
  records: Entity[];
}

export async function listCorpusEntities(db: SqlRunner, docId: string | null, filter: AnnotationFilter): Promise<CorpusEntity[]> {
  const { rows } = await db.query<EntityRow>(
    `SELECT e.entity_key, min(e.entity_type) AS type, count(DISTINCT e.doc_id)::int AS documents, sum(e.mentions)::int AS mentions,
            jsonb_agg(e.record || jsonb_build_object('key', e.corpus_key) ORDER BY e.doc_id, e.local_id) AS records
       FROM entities e JOIN documents d ON d.id = e.doc_id
      WHERE ($1::text IS NULL OR e.doc_id = $1)
        AND ($2::text IS NULL OR e.entity_key IN ${keysMatching('$2')})
        AND ($3::text IS NULL OR lower(e.entity_type) = lower($3))
        AND ($4::text IS NULL OR d.published_value >= $4)
        AND ($5::text IS NULL OR left(d.published_value, length($5)) <= $5)
        AND ($7::text IS NULL OR e.doc_id = ANY (ARRAY(SELECT sm.doc_id FROM story_members sm WHERE sm.story_id = $7)))
        AND ($8::text IS NULL OR e.entity_key = $8)
      GROUP BY e.entity_key
      ORDER BY documents DESC, mentions DESC, e.entity_key
      LIMIT $6 OFFSET $9`,
    [docId, likePattern(filter.entity), filter.type ?? null, filter.from ?? null, filter.to ?? null, filter.limit ?? 100,
      filter.story ?? null, filter.entityKey ?? null, filter.offset ?? 0],
  );
  const corrections = rows.length === 0 ? NO_CORRECTIONS : indexCorrections(await readCorrections(db));
  return rows.map((r) => {
    // Merged in, an entity's records join the target's, whose own names still choose the canonical one.
    const own = new Set(r.records.filter((e) => e.key === r.entity_key).map((e) => e.name));
    return mergeEntityRecords({ ...r, records: r.records.map((e) => correctEntity(corrections, e)) }, corrections.names.get(r.entity_key), own);
  });
}

/** One corpus entity from every document's record of it: the fullest name (or the one a correction gave), the union of aliases and roles. */
function mergeEntityRecords(row: EntityRow, renamed: string | undefined, preferred: ReadonlySet<string>): CorpusEntity {
  const names = new Map<string, number>();
  const roles = new Map<string, { title: string; org?: string }>();
  let country: string | null = null;
  let geo: { lat: number; lon: number } | null = null;
  for (const r of row.records) {
    names.set(r.name, (names.get(r.name) ?? 0) + 2);
    for (const a of r.aliases) names.set(a, (names.get(a) ?? 0) + 1);
    for (const role of r.roles) roles.set(`${role.title}|${role.org ?? ''}`, role);
    country ??= str(r.country) ?? null;
    geo ??= r.geo ?? null;
  }
  // The canonical name: the longest of the names documents chose as canonical, most used first.
  const chosen = row.records.map((r) => r.name).filter((n) => preferred.size === 0 || preferred.has(n));
  const canonical = renamed ?? [...new Set(chosen)].sort((a, b) => b.length - a.length || (names.get(b) ?? 0) - (names.get(a) ?? 0) || a.localeCompare(b))[0] ?? row.entity_key;
  return {
    key: row.entity_key, type: row.type, name: canonical,
    aliases: [...names.keys()].filter((n) => n !== canonical).sort(),
    roles: [...roles.values()], country, geo, documents: row.documents, mentions: row.mentions,
  };
}
