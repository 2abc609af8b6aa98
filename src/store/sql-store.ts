/**
 * The Store over any SqlClient: every query is written once, parameterised, and runs unchanged
 * on PGlite and on PostgreSQL.
 */
import type { Annotations, Correction, CorrectionInput, Document, DocumentKind, Passage, PassageKind, Problem, Precision } from '../model/index.ts';
import { listCorpusEntities, queryRecords, readAnnotations, readAnnotationsOf, writeOneAnalysis } from './annotation-queries.ts';
import * as corrections from './correction-queries.ts';
import { passageId, problem } from '../model/index.ts';
import { migrate } from './migrations.ts';
import { mergeGinPendingLists } from './gin-pending-lists.ts';
import { refreshStaleStatistics } from './statistics.ts';
import { documentFilterParams, documentFilterSql } from './document-filters.ts';
import { search, searchDocuments } from './search-queries.ts';
import { writeSearchPassages } from './search-passages.ts';
import * as stories from './story-queries.ts';
import type { SqlClient, SqlRunner } from './sql-client.ts';
import type {
  DuplicatePairRow,
  RelateSession,
  StoryQuery,
  StoryActivityDay, StorySummary,
  AnnotationFilter,
  AnnotationLayer,
  AnnotationWrite,
  Backend,
  CorpusEntity,
  StoredRecord,
  DocumentQuery,
  DocumentSummary,
  DocumentWrite,
  Store,
  StoreStats,
  StoredRaw,
  SearchHit,
  SearchQuery,
  SearchResult,
  WriteOutcome,
} from './store.ts';
import { StoreError } from './store.ts';
import { passageCountSql } from './passage-count.ts';

interface DocumentRow {
  id: string;
  origin: string;
  url: string | null;
  title: string | null;
  published_value: string | null;
  published_precision: string | null;
  source: string | null;
  agencies: string[];
  author: string | null;
  language: string | null;
  kind: string;
  text: string;
  raw_sha256: string;
}

interface PassageRow {
  doc_id: string;
  idx: number;
  kind: string;
  start_offset: number;
  end_offset: number;
  time: string | null;
}

const DOCUMENT_COLUMNS = `id, origin, url, title, published_value, published_precision, source, agencies,
  author, language, kind, text, raw_sha256`;

export interface SqlStoreOptions {
  readonly backend: Backend;
  readonly location: string;
  /** Turns driver-specific bytea values into Uint8Array and back. */
  readonly toBytea: (bytes: Uint8Array) => unknown;
  /** Runs when the store closes, after the client (e.g. releasing a data-directory lock). */
  readonly onClose?: () => Promise<void> | void;
  /** After writes, do autovacuum's work: statistics when tables outgrew them, GIN pending lists merged (PGlite runs no autovacuum). */
  readonly maintainInProcess?: boolean;
}

export async function openSqlStore(client: SqlClient, options: SqlStoreOptions): Promise<Store> {
  await migrate(client);
  // a store written before the merges existed, or by a run stopped before its upkeep
  if (options.maintainInProcess) await mergeGinPendingLists(client);
  return new SqlStore(client, options);
}

class SqlStore implements Store {
  readonly backend: Backend;
  readonly location: string;
  readonly #client: SqlClient;
  readonly #options: SqlStoreOptions;

  constructor(client: SqlClient, options: SqlStoreOptions) {
    this.#client = client;
    this.#options = options;
    this.backend = options.backend;
    this.location = options.location;
  }

  async knownRawHashes(sha256s: readonly string[]): Promise<Set<string>> {
    if (sha256s.length === 0) return new Set();
    const { rows } = await this.#client.query<{ raw_sha256: string }>(
      'SELECT raw_sha256 FROM documents WHERE raw_sha256 = ANY($1::text[])',
      [sha256s],
    );
    return new Set(rows.map((r) => r.raw_sha256));
  }

  async writeDocuments(writes: readonly DocumentWrite[]): Promise<WriteOutcome[]> {
    if (writes.length === 0) return [];
    return this.#client.transaction(async (tx) => {
      const outcomes: WriteOutcome[] = [];
      for (const write of writes) outcomes.push(await this.#writeOne(tx, write));
      return outcomes;
    });
  }

  async #writeOne(tx: SqlRunner, write: DocumentWrite): Promise<WriteOutcome> {
    const d = write.document;
    const inserted = await tx.query(
      `INSERT INTO documents (${DOCUMENT_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12, $13)
       ON CONFLICT DO NOTHING RETURNING id`,
      [d.id, d.origin, d.url, d.title, d.published?.value ?? null, d.published?.precision ?? null, d.source,
        [...d.agencies], d.author, d.language, d.kind, d.text, d.rawSha256],
    );
    if (inserted.rows.length === 0) return 'unchanged';
    await tx.query('INSERT INTO raw_inputs (doc_id, content_type, hints, bytes) VALUES ($1, $2, $3::jsonb, $4)', [
      d.id, write.raw.contentType, JSON.stringify(write.raw.hints), this.#options.toBytea(write.raw.bytes),
    ]);
    if (d.passages.length > 0) {
      const p = d.passages;
      await tx.query(
        `INSERT INTO passages (doc_id, idx, kind, start_offset, end_offset, time)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::text[])`,
        [d.id, p.map((_, i) => i), p.map((x) => x.kind), p.map((x) => x.start), p.map((x) => x.end),
          p.map((x) => x.time ?? null)],
      );
      await writeSearchPassages(tx, d);
    }
    if (write.warnings.length > 0) {
      const w = write.warnings;
      await tx.query(
        `INSERT INTO document_warnings (doc_id, idx, source, code, reason)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[])`,
        [d.id, w.map((_, i) => i), w.map((x) => x.source), w.map((x) => x.code), w.map((x) => x.reason)],
      );
    }
    return 'ingested';
  }

  async countDocuments(): Promise<number> {
    const { rows } = await this.#client.query<{ n: number }>('SELECT count(*)::int AS n FROM documents');
    return rows[0]?.n ?? 0;
  }

  async listDocuments(query: DocumentQuery = {}): Promise<DocumentSummary[]> {
    const { rows } = await this.#client.query<DocumentRow & { chars: number; passages: number }>(
      `SELECT d.id, d.origin, d.title, d.published_value, d.source, d.kind, length(d.text)::int AS chars,
              ${passageCountSql('d.id')} AS passages
         FROM documents d
        WHERE ($1::text IS NULL OR d.id > $1) AND ${documentFilterSql(3)}
        ORDER BY d.id LIMIT $2`,
      [query.after ?? null, query.limit ?? 100, ...documentFilterParams(query)],
    );
    return rows.map((r) => ({
      id: r.id, origin: r.origin, title: r.title, published: r.published_value, source: r.source,
      kind: r.kind as DocumentKind, chars: r.chars, passages: r.passages,
    }));
  }

  async getDocument(idOrPrefix: string): Promise<Document | null> {
    const id = await this.#resolveId(idOrPrefix);
    if (id === null) return null;
    const docs = await loadDocuments(this.#client, 'WHERE id = $1', [id]);
    return docs[0] ?? null;
  }

  async #resolveId(idOrPrefix: string): Promise<string | null> {
    const exact = await this.#client.query<{ id: string }>('SELECT id FROM documents WHERE id = $1', [idOrPrefix]);
    if (exact.rows[0]) return exact.rows[0].id;
    if (idOrPrefix.length < 6) return null;
    const prefix = idOrPrefix.replace(/[\\%_]/g, (c) => `\\${c}`);
    const { rows } = await this.#client.query<{ id: string }>(
      'SELECT id FROM documents WHERE id LIKE $1 ORDER BY id LIMIT 2',
      [`${prefix}%`],
    );
    if (rows.length > 1) throw new StoreError('ambiguous-id', `"${idOrPrefix}" matches several documents; give more of the id`);
    return rows[0]?.id ?? null;
  }

  async getWarnings(docId: string): Promise<Problem[]> {
    const { rows } = await this.#client.query<{ source: string; code: string; reason: string; origin: string }>(
      `SELECT w.source, w.code, w.reason, d.origin FROM document_warnings w JOIN documents d ON d.id = w.doc_id
        WHERE w.doc_id = $1 ORDER BY w.idx`,
      [docId],
    );
    return rows.map((r) => problem(r.source, r.code, r.reason, r.origin, false));
  }

  async getRaw(docId: string): Promise<StoredRaw | null> {
    const { rows } = await this.#client.query<{ content_type: 'text' | 'html'; hints: object; bytes: Uint8Array }>(
      'SELECT content_type, hints, bytes FROM raw_inputs WHERE doc_id = $1',
      [docId],
    );
    const row = rows[0];
    if (!row) return null;
    return { docId, contentType: row.content_type, hints: row.hints, bytes: new Uint8Array(row.bytes) };
  }

  async *iterateDocuments(pageSize = 200): AsyncIterable<Document> {
    let after = '';
    for (;;) {
      const page = await loadDocuments(this.#client, 'WHERE id > $1 ORDER BY id LIMIT $2', [after, pageSize]);
      for (const doc of page) yield doc;
      const last = page.at(-1);
      if (!last || page.length < pageSize) return;
      after = last.id;
    }
  }

  async stats(): Promise<StoreStats> {
    const c = this.#client;
    const [totals, sources, kinds] = await Promise.all([
      c.query<{ documents: number; passages: number; first: string | null; last: string | null }>(
        `SELECT (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM passages) AS passages,
                (SELECT min(published_value) FROM documents) AS first, (SELECT max(published_value) FROM documents) AS last`,
      ),
      c.query<{ source: string | null; documents: number }>(
        'SELECT source, count(*)::int AS documents FROM documents GROUP BY source ORDER BY documents DESC, source',
      ),
      c.query<{ kind: string; documents: number }>(
        'SELECT kind, count(*)::int AS documents FROM documents GROUP BY kind ORDER BY documents DESC, kind',
      ),
    ]);
    const t = totals.rows[0];
    return {
      documents: t?.documents ?? 0, passages: t?.passages ?? 0, bySource: sources.rows, byKind: kinds.rows,
      firstPublished: t?.first ?? null, lastPublished: t?.last ?? null,
    };
  }

  async writeAnnotations(writes: readonly AnnotationWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await this.#client.transaction(async (tx) => {
      const index = await corrections.correctionIndexFor(tx);
      for (const write of writes) await writeOneAnalysis(tx, write, index);
    });
  }

  async listUnanalysed(version: string, limit: number, after = ''): Promise<string[]> {
    const { rows } = await this.#client.query<{ id: string }>(
      `SELECT d.id FROM documents d LEFT JOIN analyses a ON a.doc_id = d.id
        WHERE d.id > $1 AND (a.version IS NULL OR a.version <> $2) ORDER BY d.id LIMIT $3`,
      [after, version, limit],
    );
    return rows.map((r) => r.id);
  }

  async countAnalysed(version: string): Promise<{ current: number; any: number }> {
    const { rows } = await this.#client.query<{ current: number; any: number }>(
      'SELECT count(*) FILTER (WHERE version = $1)::int AS current, count(*)::int AS any FROM analyses',
      [version],
    );
    return { current: rows[0]?.current ?? 0, any: rows[0]?.any ?? 0 };
  }

  async getAnnotations(docId: string): Promise<Annotations | null> {
    return readAnnotations(this.#client, docId);
  }

  async getAnnotationsOf(docIds: readonly string[]): Promise<Map<string, Annotations>> {
    return readAnnotationsOf(this.#client, docIds);
  }

  async maintain(): Promise<void> {
    if (!this.#options.maintainInProcess) return;
    await refreshStaleStatistics(this.#client);
    await mergeGinPendingLists(this.#client);
  }

  async corpusKeysBySurname(type: string, surnames: readonly string[]): Promise<string[]> {
    if (surnames.length === 0) return [];
    const { rows } = await this.#client.query<{ corpus_key: string }>(
      `SELECT DISTINCT corpus_key FROM entities
        WHERE type = $1 AND position(':~' IN corpus_key) = 0 AND regexp_replace(corpus_key, '^.*[ :]', '') = ANY($2::text[])
        ORDER BY corpus_key`,
      [type, surnames],
    );
    return rows.map((r) => r.corpus_key);
  }

  async relinkCorpusKey(from: string, to: string): Promise<number> {
    return corrections.relinkCorpusKey(this.#client, from, to);
  }

  async listCorrections(): Promise<Correction[]> {
    return corrections.readCorrections(this.#client);
  }

  async addCorrection(input: CorrectionInput): Promise<Correction> {
    return corrections.addCorrection(this.#client, input);
  }

  async deleteCorrection(id: number): Promise<Correction | null> {
    return corrections.deleteCorrection(this.#client, id);
  }

  async queryRecords(layer: AnnotationLayer, filter: AnnotationFilter = {}): Promise<StoredRecord[]> {
    const docId = filter.document === undefined ? null : await this.#requireId(filter.document);
    return queryRecords(this.#client, layer, docId, filter);
  }

  async listEntities(filter: AnnotationFilter = {}): Promise<CorpusEntity[]> {
    const docId = filter.document === undefined ? null : await this.#requireId(filter.document);
    return listCorpusEntities(this.#client, docId, filter);
  }

  /** A --document filter that matches nothing is a mistake worth saying, not an empty list. */
  async #requireId(idOrPrefix: string): Promise<string> {
    const id = await this.#resolveId(idOrPrefix);
    if (id === null) throw new StoreError('unknown-document', `no document "${idOrPrefix}" in the store`);
    return id;
  }

  async getDocuments(ids: readonly string[]): Promise<Document[]> {
    return documentsInOrder(this.#client, ids);
  }

  async listUnrelated(limit: number): Promise<string[]> {
    return stories.listUnrelated(this.#client, limit);
  }

  async relate<T>(work: (session: RelateSession) => Promise<T>): Promise<T> {
    return this.#client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [stories.RELATE_LOCK]);
      return work({
        storyOf: (docId) => stories.storyOfDocument(tx, docId),
        duplicateCandidates: (lsh, exact, limit) => stories.duplicateCandidates(tx, lsh, exact, limit),
        documents: (ids) => documentsInOrder(tx, ids),
        clusterCorpus: () => stories.clusterCorpus(tx),
        clusterDf: (kind, keys) => stories.clusterDf(tx, kind, keys),
        storyPostings: (keys, limit) => stories.storyPostings(tx, keys, limit),
        storyStates: (ids) => stories.storyStates(tx, ids),
        storyRanges: (ids) => stories.storyRanges(tx, ids),
        write: (relations) => stories.writeRelations(tx, relations),
      });
    });
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    return stories.listStories(this.#client, query);
  }

  async resolveStory(idOrPrefix: string): Promise<string | null> {
    const ids = await stories.resolveStory(this.#client, idOrPrefix);
    if (ids.length > 1) throw new StoreError('ambiguous-id', `"${idOrPrefix}" matches several stories; give more of the id`);
    return ids[0] ?? null;
  }

  async getStory(id: string): Promise<StorySummary | null> {
    return stories.getStory(this.#client, id);
  }

  async storyVersion(id: string): Promise<string | null> {
    return stories.storyVersion(this.#client, id);
  }

  async storyViewAt(id: string, key: string): Promise<{ version: string; body: string | null } | null> {
    return stories.storyViewAt(this.#client, id, key);
  }

  async putStoryView(id: string, key: string, version: string, body: string): Promise<void> {
    await stories.putStoryView(this.#client, id, key, version, body);
  }

  async storyActivity(ids: readonly string[]): Promise<Map<string, StoryActivityDay[]>> {
    return stories.storyActivity(this.#client, ids);
  }

  async countStories(): Promise<number> {
    const { rows } = await this.#client.query<{ n: number }>('SELECT count(*)::int AS n FROM stories');
    return rows[0]?.n ?? 0;
  }

  async storyDocuments(storyId: string, limit: number): Promise<string[]> {
    return stories.storyDocuments(this.#client, storyId, limit);
  }

  async storyOfDocument(docId: string): Promise<string | null> {
    return stories.storyOfDocument(this.#client, docId);
  }

  async listDuplicatePairs(): Promise<DuplicatePairRow[]> {
    return stories.duplicatePairs(this.#client, null);
  }

  async duplicatePairs(docIds: readonly string[]): Promise<DuplicatePairRow[]> {
    return stories.duplicatePairs(this.#client, docIds);
  }

  async snapshot(): Promise<string> {
    const { rows } = await this.#client.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot', [], { prepare: true });
    return rows[0]?.snapshot ?? '';
  }

  async searchDocuments(query: SearchQuery): Promise<SearchHit[]> {
    return searchDocuments(this.#client, query);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return search(this.#client, query);
  }

  async schemaVersions(): Promise<number[]> {
    const { rows } = await this.#client.query<{ version: number }>('SELECT version FROM storyline_migrations ORDER BY version');
    return rows.map((r) => r.version);
  }

  async close(): Promise<void> {
    try {
      await this.#client.close();
    } finally {
      await this.#options.onClose?.();
    }
  }
}

function toPassage(row: PassageRow): Passage {
  const base = { id: passageId(row.doc_id, row.idx), kind: row.kind as PassageKind, start: row.start_offset, end: row.end_offset };
  return row.time === null ? base : { ...base, time: row.time };
}

function toDocument(row: DocumentRow, passages: Passage[]): Document {
  return {
    id: row.id, origin: row.origin, url: row.url, title: row.title,
    published: row.published_value === null ? null
      : { value: row.published_value, precision: (row.published_precision ?? 'day') as Precision },
    source: row.source, agencies: row.agencies, author: row.author, language: row.language,
    kind: row.kind as DocumentKind, text: row.text, rawSha256: row.raw_sha256, passages,
  };
}

/**
 * Documents with their passages in one statement: each document's passages come as one JSON array of
 * `[idx, kind, start, end, time]` rows, not one result row each (≈ 60 a news article), so loading a
 * story's members costs one round trip and little row parsing on the server's thread.
 */
async function loadDocuments(runner: SqlRunner, where: string, params: unknown[]): Promise<Document[]> {
  const { rows } = await runner.query<DocumentRow & { passages: [number, string, number, number, string | null][] | null }>(
    `SELECT ${DOCUMENT_COLUMNS},
            (SELECT json_agg(json_build_array(p.idx, p.kind, p.start_offset, p.end_offset, p.time) ORDER BY p.idx)
               FROM passages p WHERE p.doc_id = documents.id) AS passages
       FROM documents ${where}`,
    params,
  );
  return rows.map((r) => toDocument(r, (r.passages ?? []).map(([idx, kind, start, end, time]) =>
    toPassage({ doc_id: r.id, idx, kind, start_offset: start, end_offset: end, time }))));
}

async function documentsInOrder(runner: SqlRunner, ids: readonly string[]): Promise<Document[]> {
  if (ids.length === 0) return [];
  const docs = await loadDocuments(runner, 'WHERE id = ANY($1::text[])', [ids]);
  const byId = new Map(docs.map((d) => [d.id, d]));
  return ids.map((id) => byId.get(id)).filter((d): d is Document => d !== undefined);
}
