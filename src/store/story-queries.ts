/**
 * The SQL of the relate layer (migration 0004): duplicate lookups and pairs, the clusterer's stored
 * state, and the story lists the CLI reads. Every statement is parameterised; arrays go in as one
 * parameter each (`= ANY($1)`, `unnest`), never spliced into the text.
 */
import type { SqlRunner } from './sql-client.ts';
import type { DuplicatePairRow, RelationWrite, StoryActivityDay, StoryQuery, StoryStateRow, StorySummary } from './store.ts';

/** Any constant: the key of the transaction-scoped advisory lock that serialises relate steps. */
export const RELATE_LOCK = 7_240_118;

export async function duplicateCandidates(tx: SqlRunner, lsh: readonly number[], exact: string, limit: number): Promise<string[]> {
  // The planner guesses that an overlap with a few hundred keys matches most rows and scans the whole
  // table, comparing every array (2.5 s on 3,000 documents in PGlite); the GIN index answers in 40 ms.
  // Sequential scans are refused for this one statement of the transaction.
  await tx.query('SET LOCAL enable_seqscan = off');
  try {
    const { rows } = await tx.query<{ doc_id: string }>(
      `SELECT doc_id FROM duplicate_prints WHERE lsh && $1::integer[] OR exact = $2
        ORDER BY published_ms DESC NULLS LAST, doc_id LIMIT $3`,
      [lsh, exact, limit],
    );
    return rows.map((r) => r.doc_id);
  } finally {
    await tx.query('SET LOCAL enable_seqscan = on');
  }
}

export async function clusterCorpus(tx: SqlRunner): Promise<{ documents: number; nextOrder: number }> {
  const { rows } = await tx.query<{ documents: number; next_order: number }>('SELECT documents, next_order FROM cluster_corpus');
  return { documents: rows[0]?.documents ?? 0, nextOrder: rows[0]?.next_order ?? 0 };
}

export async function clusterDf(tx: SqlRunner, kind: 'term' | 'name', keys: readonly string[]): Promise<[string, number][]> {
  if (keys.length === 0) return [];
  const { rows } = await tx.query<{ key: string; df: number }>('SELECT key, df FROM cluster_df WHERE kind = $1 AND key = ANY($2::text[])', [
    kind === 'term' ? 't' : 'n',
    keys,
  ]);
  return rows.map((r) => [r.key, r.df]);
}

export async function storyPostings(tx: SqlRunner, keys: readonly string[], limit: number): Promise<[string, string[]][]> {
  if (keys.length === 0) return [];
  // Only the newest rows of each key are read, through story_keys_recent: a common key holds a row for
  // every story ever posted under it (tens of thousands in a large corpus), and aggregating them all
  // before the limit was most of a lookup's time. Twice the limit leaves room for rows of merged
  // stories that collapse into one live id.
  const { rows } = await tx.query<{ key: string; stories: string[] }>(
    `SELECT k.key, array_agg(p.live ORDER BY p.touched) AS stories
       FROM unnest($1::text[]) AS k(key)
       CROSS JOIN LATERAL (
         SELECT coalesce(a.story_id, r.story_id) AS live, max(r.touched) AS touched
           FROM (SELECT sk.story_id, sk.touched FROM story_keys sk WHERE sk.key = k.key ORDER BY sk.touched DESC LIMIT $3) r
           LEFT JOIN story_aliases a ON a.alias = r.story_id
          GROUP BY 1 ORDER BY 2 DESC LIMIT $2) p
      GROUP BY k.key`,
    [keys, limit, 2 * limit],
  );
  return rows.map((r) => [r.key, r.stories]);
}

interface StoryStateDbRow {
  id: string;
  ord: number;
  title: string | null;
  size: number;
  first_ms: string | null;
  last_ms: string | null;
  terms: Record<string, number>;
  names: Record<string, number>;
  norms: StoryStateRow['norms'];
}

export async function storyStates(tx: SqlRunner, ids: readonly string[]): Promise<StoryStateRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await tx.query<StoryStateDbRow>(
    'SELECT id, ord, title, size, first_ms, last_ms, terms, names, norms FROM stories WHERE id = ANY($1::text[])',
    [ids],
  );
  return rows.map((r) => ({
    id: r.id, order: r.ord, title: r.title, size: r.size, first: ms(r.first_ms), last: ms(r.last_ms), terms: r.terms, names: r.names, norms: r.norms,
  }));
}

export async function storyRanges(tx: SqlRunner, ids: readonly string[]): Promise<[string, { first: number | null; last: number | null; order: number }][]> {
  if (ids.length === 0) return [];
  const { rows } = await tx.query<{ id: string; ord: number; first_ms: string | null; last_ms: string | null }>(
    'SELECT id, ord, first_ms, last_ms FROM stories WHERE id = ANY($1::text[])',
    [ids],
  );
  return rows.map((r) => [r.id, { first: ms(r.first_ms), last: ms(r.last_ms), order: r.ord }]);
}

/** bigint columns come back as strings (pg) or bigint (PGlite). */
function ms(value: string | bigint | number | null): number | null {
  return value === null ? null : Number(value);
}

/** Rows per multi-row INSERT when a write carries many (a bulk build): few statements, bounded parameter lists. */
const ROWS_PER_STATEMENT = 500;
/** Elements per array parameter of an `unnest` INSERT. */
const ROWS_PER_ARRAY = 20_000;

export async function writeRelations(tx: SqlRunner, w: RelationWrite): Promise<void> {
  for (let i = 0; i < w.prints.length; i += ROWS_PER_STATEMENT) {
    const chunk = w.prints.slice(i, i + ROWS_PER_STATEMENT);
    await tx.query(
      `INSERT INTO duplicate_prints (doc_id, exact, published_ms, lsh)
       VALUES ${chunk.map((_, j) => `($${4 * j + 1}, $${4 * j + 2}, $${4 * j + 3}, $${4 * j + 4}::integer[])`).join(', ')}
       ON CONFLICT (doc_id) DO UPDATE SET exact = EXCLUDED.exact, published_ms = EXCLUDED.published_ms, lsh = EXCLUDED.lsh`,
      chunk.flatMap((p) => [p.doc, p.exact, p.publishedMs, p.lsh]),
    );
  }
  for (const pair of w.pairs) {
    await tx.query(
      `INSERT INTO duplicate_pairs (doc_a, doc_b, kind, score, passages) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (doc_a, doc_b) DO UPDATE SET kind = EXCLUDED.kind, score = EXCLUDED.score, passages = EXCLUDED.passages`,
      [pair.docs[0], pair.docs[1], pair.kind, pair.score, JSON.stringify(pair.passages.map((m) => [m.passages[0], m.passages[1], m.score]))],
    );
  }
  await writeClusterChanges(tx, w.cluster);
}

async function writeClusterChanges(tx: SqlRunner, c: RelationWrite['cluster']): Promise<void> {
  const nextOrder = Math.max(0, ...c.stories.map((s) => s.order + 1));
  await tx.query('UPDATE cluster_corpus SET documents = documents + $1, next_order = greatest(next_order, $2)', [c.documents, nextOrder]);
  for (const [kind, df] of [['t', c.termDf], ['n', c.nameDf]] as const) {
    const entries = [...df];
    for (let i = 0; i < entries.length; i += ROWS_PER_ARRAY) {
      const chunk = entries.slice(i, i + ROWS_PER_ARRAY);
      await tx.query(
        `INSERT INTO cluster_df (kind, key, df) SELECT $1, k, n FROM unnest($2::text[], $3::integer[]) AS u(k, n)
         ON CONFLICT (kind, key) DO UPDATE SET df = cluster_df.df + EXCLUDED.df`,
        [kind, chunk.map(([k]) => k), chunk.map(([, n]) => n)],
      );
    }
  }
  for (let i = 0; i < c.stories.length; i += ROWS_PER_STATEMENT) {
    const chunk = c.stories.slice(i, i + ROWS_PER_STATEMENT);
    await tx.query(
      `INSERT INTO stories (id, ord, title, size, first_ms, last_ms, terms, names, norms)
       VALUES ${chunk.map((_, j) => `(${Array.from({ length: 9 }, (_, k) => `$${9 * j + k + 1}`).join(', ')})`).join(', ')}
       ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, size = EXCLUDED.size, first_ms = EXCLUDED.first_ms, last_ms = EXCLUDED.last_ms,
         terms = EXCLUDED.terms, names = EXCLUDED.names, norms = EXCLUDED.norms, updated_at = now()`,
      chunk.flatMap((s) => [s.id, s.order, s.title, s.size, s.first, s.last, JSON.stringify(s.terms), JSON.stringify(s.names), s.norms === null ? null : JSON.stringify(s.norms)]),
    );
  }
  for (const [absorbed, survivor] of c.absorbed) {
    await tx.query('DELETE FROM stories WHERE id = $1', [absorbed]);
    await tx.query('UPDATE story_aliases SET story_id = $2 WHERE story_id = $1', [absorbed, survivor]);
    await tx.query('INSERT INTO story_aliases (alias, story_id) VALUES ($1, $2) ON CONFLICT (alias) DO UPDATE SET story_id = EXCLUDED.story_id', [absorbed, survivor]);
    await tx.query('UPDATE story_members SET story_id = $2 WHERE story_id = $1', [absorbed, survivor]);
  }
  if (c.assignments.size > 0) {
    await tx.query(
      `INSERT INTO story_members (doc_id, story_id) SELECT d, s FROM unnest($1::text[], $2::text[]) AS u(d, s)
       ON CONFLICT (doc_id) DO UPDATE SET story_id = EXCLUDED.story_id`,
      [[...c.assignments.keys()], [...c.assignments.values()]],
    );
  }
  await writePostings(tx, c.postings);
  await refreshStoryCounts(tx, [...new Set([...c.stories.map((s) => s.id), ...c.assignments.values(), ...c.absorbed.map(([, survivor]) => survivor)])]);
}

/** Touches keep their order: the last touch of a (key, story) pair gets the highest sequence number. */
async function writePostings(tx: SqlRunner, postings: readonly (readonly [string, string])[]): Promise<void> {
  if (postings.length === 0) return;
  const last = new Map<string, { key: string; story: string; at: number }>();
  postings.forEach(([key, story], at) => {
    const id = `${key}\u0000${story}`;
    last.delete(id);
    last.set(id, { key, story, at });
  });
  const { rows } = await tx.query<{ base: string }>("SELECT setval('story_key_touch', nextval('story_key_touch') + $1) - $1 AS base", [postings.length]);
  const base = Number(rows[0]?.base ?? 0);
  const all = [...last.values()];
  for (let i = 0; i < all.length; i += ROWS_PER_ARRAY) {
    const list = all.slice(i, i + ROWS_PER_ARRAY);
    await tx.query(
      `INSERT INTO story_keys (key, story_id, touched) SELECT k, s, $4::bigint + t FROM unnest($1::text[], $2::text[], $3::integer[]) AS u(k, s, t)
       ON CONFLICT (key, story_id) DO UPDATE SET touched = EXCLUDED.touched`,
      [list.map((p) => p.key), list.map((p) => p.story), list.map((p) => p.at), base],
    );
  }
}

interface StorySummaryRow {
  id: string;
  title: string | null;
  documents: number;
  outlets: number;
  first: string | null;
  last: string | null;
  aliases: string[] | null;
}

/** A story row as the lists show it: the counts migration 0005 keeps on the row (refreshStoryCounts). */
const STORY_SUMMARY = `
  SELECT s.id, s.title, s.documents, s.outlets, s.first_published AS first, s.last_published AS last,
         (SELECT array_agg(a.alias ORDER BY a.alias) FROM story_aliases a WHERE a.story_id = s.id) AS aliases
    FROM stories s`;

function toSummary(r: StorySummaryRow): StorySummary {
  return { id: r.id, title: r.title, documents: r.documents, outlets: r.outlets, first: r.first, last: r.last, aliases: r.aliases ?? [] };
}

export async function listStories(tx: SqlRunner, q: StoryQuery): Promise<StorySummary[]> {
  // Read in the order of the stories_activity index, so a page costs its own rows, not the corpus.
  const { rows } = await tx.query<StorySummaryRow>(
    `${STORY_SUMMARY}
      WHERE s.documents >= $3
        AND ($2::text IS NULL OR s.id IN (SELECT m2.story_id FROM story_members m2 JOIN documents d2 ON d2.id = m2.doc_id
                                           WHERE d2.search @@ websearch_to_tsquery('english', $2)))
        AND ($5::text IS NULL OR s.last_published >= $5)
        AND ($6::text IS NULL OR left(s.first_published, length($6)) <= $6)
      ORDER BY coalesce(s.last_ms, 0) DESC, s.updated_at DESC, s.id LIMIT $1 OFFSET $4`,
    [q.limit ?? 50, q.text ?? null, Math.max(1, q.minDocuments ?? 1), q.offset ?? 0, q.from ?? null, q.to ?? null],
  );
  return rows.map(toSummary);
}

export async function getStory(tx: SqlRunner, id: string): Promise<StorySummary | null> {
  const { rows } = await tx.query<StorySummaryRow>(`${STORY_SUMMARY} WHERE s.id = $1 AND s.documents > 0`, [id]);
  return rows[0] ? toSummary(rows[0]) : null;
}

/** `SELECT … AS version FROM stories s …`: a story's version (storyVersion), to be completed by a WHERE on `s`. */
const STORY_VERSION = `SELECT concat_ws('|', s.updated_at, s.documents, m.members, m.joined, m.analyses, m.analysed, s.entity_changes,
                      (SELECT count(*) FROM story_aliases a WHERE a.story_id = s.id)) AS version
       FROM stories s
            CROSS JOIN LATERAL (SELECT count(*) AS members, sum(extract(epoch FROM m.joined_at)) AS joined,
                                       count(a.doc_id) AS analyses, sum(extract(epoch FROM a.analysed_at)) AS analysed
                                  FROM story_members m LEFT JOIN analyses a ON a.doc_id = m.doc_id
                                 WHERE m.story_id = s.id) m`;

/**
 * A value that changes whenever anything a story view reads changes: the story row (rewritten with
 * every member it gains or absorbs), its members, their analyses and the corrections or relinks that
 * changed its members' entities (`entity_changes`, migration 0010, counted by correction-queries.ts). Sums, not
 * maxima: a transaction that started earlier can commit later with an older `now()`, which a maximum
 * would hide. Null when there is no such live story.
 */
export async function storyVersion(tx: SqlRunner, id: string): Promise<string | null> {
  const { rows } = await tx.query<{ version: string }>(`${STORY_VERSION} WHERE s.id = $1 AND s.documents > 0`, [id]);
  return rows[0]?.version ?? null;
}

/**
 * The story's version and, when one is stored under exactly that version, its view `key` (migration
 * 0009), in one statement; null when there is no such live story.
 */
export async function storyViewAt(tx: SqlRunner, id: string, key: string): Promise<{ version: string; body: string | null } | null> {
  const { rows } = await tx.query<{ version: string; body: string | null }>(
    `SELECT v.version, (SELECT sv.body FROM story_views sv WHERE sv.story_id = $1 AND sv.view_key = $2 AND sv.version = v.version) AS body
       FROM (${STORY_VERSION} WHERE s.id = $1 AND s.documents > 0) v`,
    [id, key],
  );
  const row = rows[0];
  return row ? { version: row.version, body: row.body } : null;
}

/** Stores a view computed at `version` (replacing the one stored at another version). */
export async function putStoryView(tx: SqlRunner, id: string, key: string, version: string, body: string): Promise<void> {
  await tx.query(
    `INSERT INTO story_views (story_id, view_key, version, body) VALUES ($1, $2, $3, $4)
     ON CONFLICT (story_id, view_key) DO UPDATE SET version = EXCLUDED.version, body = EXCLUDED.body, stored_at = now()`,
    [id, key, version, body],
  );
}

/** Recomputes the list columns of the stories whose members changed (migration 0005). */
async function refreshStoryCounts(tx: SqlRunner, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `UPDATE stories s
        SET documents = x.documents, outlets = x.outlets, first_published = x.first_published, last_published = x.last_published
       FROM (SELECT m.story_id, count(*)::int AS documents,
                    count(DISTINCT coalesce(lower(d.source), d.id))::int AS outlets,
                    min(d.published_value) AS first_published, max(d.published_value) AS last_published
               FROM story_members m JOIN documents d ON d.id = m.doc_id
              WHERE m.story_id = ANY($1::text[])
              GROUP BY m.story_id) x
      WHERE s.id = x.story_id`,
    [ids],
  );
}

/** The live stories an id, an absorbed id or an id prefix stands for (two at most: enough to call it ambiguous). */
export async function resolveStory(tx: SqlRunner, idOrPrefix: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `SELECT id FROM stories WHERE id = $1 UNION SELECT story_id FROM story_aliases WHERE alias = $1`,
    [idOrPrefix],
  );
  if (rows[0]) return [rows[0].id];
  if (idOrPrefix.length < 4) return [];
  const prefix = idOrPrefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  const like = await tx.query<{ id: string }>(
    `SELECT DISTINCT id FROM (SELECT id FROM stories WHERE id LIKE $1 UNION SELECT story_id AS id FROM story_aliases WHERE alias LIKE $1) x
      ORDER BY id LIMIT 2`,
    [`${prefix}%`],
  );
  return like.rows.map((r) => r.id);
}

export async function storyDocuments(tx: SqlRunner, storyId: string, limit: number): Promise<string[]> {
  const { rows } = await tx.query<{ doc_id: string }>(
    `SELECT m.doc_id FROM story_members m JOIN documents d ON d.id = m.doc_id WHERE m.story_id = $1
      ORDER BY d.published_value DESC NULLS LAST, m.doc_id LIMIT $2`,
    [storyId, limit],
  );
  return rows.map((r) => r.doc_id);
}

export async function storyOfDocument(tx: SqlRunner, docId: string): Promise<string | null> {
  const { rows } = await tx.query<{ story_id: string }>('SELECT story_id FROM story_members WHERE doc_id = $1', [docId]);
  return rows[0]?.story_id ?? null;
}

/** The pairs involving one of `docIds`; every pair when `docIds` is null. */
export async function duplicatePairs(tx: SqlRunner, docIds: readonly string[] | null): Promise<DuplicatePairRow[]> {
  if (docIds !== null && docIds.length === 0) return [];
  const { rows } = await tx.query<{ doc_a: string; doc_b: string; kind: DuplicatePairRow['kind']; score: number; passages: [string, string, number][] }>(
    `SELECT doc_a, doc_b, kind, score, passages FROM duplicate_pairs
      WHERE $1::text[] IS NULL OR doc_a = ANY($1::text[]) OR doc_b = ANY($1::text[]) ORDER BY doc_a, doc_b`,
    [docIds],
  );
  return rows.map((r) => ({
    kind: r.kind, docs: [r.doc_a, r.doc_b], score: r.score,
    passages: r.passages.map(([a, b, score]) => ({ passages: [a, b] as const, score })),
  }));
}

export async function listUnrelated(tx: SqlRunner, limit: number): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.doc_id = d.id)
      ORDER BY d.published_value NULLS LAST, d.id LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.id);
}

/** Days a story's activity series spans at most (the newest ones): a sparkline, not an archive. */
export const ACTIVITY_DAYS = 60;

/**
 * Documents per publication day for each story, dense (days without documents are zeros) over the
 * story's last `ACTIVITY_DAYS` days with documents; undated members are not counted. One statement
 * for a page of stories: their members through story_members_story.
 */
export async function storyActivity(tx: SqlRunner, ids: readonly string[]): Promise<Map<string, StoryActivityDay[]>> {
  const out = new Map<string, StoryActivityDay[]>();
  if (ids.length === 0) return out;
  const { rows } = await tx.query<{ story_id: string; day: string; n: number }>(
    `SELECT m.story_id, left(d.published_value, 10) AS day, count(*)::int AS n
       FROM story_members m JOIN documents d ON d.id = m.doc_id
      WHERE m.story_id = ANY($1::text[]) AND d.published_value ~ '^\\d{4}-\\d{2}-\\d{2}'
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [ids],
  );
  const byStory = new Map<string, { day: string; n: number }[]>();
  for (const r of rows) {
    const list = byStory.get(r.story_id);
    if (list) list.push(r);
    else byStory.set(r.story_id, [r]);
  }
  for (const [id, days] of byStory) out.set(id, denseDays(days));
  return out;
}

const DAY_MS = 86_400_000;

/** Sparse ascending day counts → every day from the first to the last, at most the last ACTIVITY_DAYS. */
function denseDays(days: readonly { day: string; n: number }[]): StoryActivityDay[] {
  const last = Date.parse(`${days[days.length - 1]!.day}T00:00:00Z`);
  const first = Math.max(Date.parse(`${days[0]!.day}T00:00:00Z`), last - (ACTIVITY_DAYS - 1) * DAY_MS);
  if (Number.isNaN(first) || Number.isNaN(last)) return [];
  const counts = new Map(days.map((d) => [d.day, d.n]));
  const out: StoryActivityDay[] = [];
  for (let t = first; t <= last; t += DAY_MS) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push({ date, documents: counts.get(date) ?? 0 });
  }
  return out;
}
