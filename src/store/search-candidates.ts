/**
 * The newest documents matching a search, each with its rank, a publication month at a time
 * (migration 0012). `documents.search`'s GIN index holds every match of a word at once: ordering them
 * by date meant building that whole bitmap (3.4 ms for "election", 25,243 matches at 100,000 stored
 * documents) and fetching the rows of all matches in a date window to sort them. Here the months that
 * hold documents (`published_months`) are walked newest first, each by one lookup of its month-prefixed
 * words (`storyline_month_lexemes`' GIN index), and the walk stops as soon as enough were found: the
 * months after that are never asked.
 *
 * Measured over the bench's 8 queries at 100,000 documents, one client, 101 wanted: 5.2–21.3 ms a
 * search with date windows (a statement for the store's date range, 1.9 windows a search, each with
 * the GIN bitmap of every match), 0.9–2.9 ms for the months walk without ranking, the same rows.
 */
import { documentFilterBounds, documentFilterParams, documentFilterSql, type DocumentFilter } from './document-filters.ts';
import type { SqlRunner } from './sql-client.ts';
import { QUERY_CTE } from './search-tsquery.ts';

export interface Candidate {
  readonly id: string;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: string;
  readonly title: string | null;
  /** The search's score of the document (whole text and title); higher is better. */
  readonly rank: number;
}

interface CandidateRow {
  id: string; published_value: string | null; source: string | null; kind: string; title: string | null; rank: number;
}

/** Where the document filters' placeholders start in both statements (after the text `$1` and `wanted` `$2`). */
const FILTER_FIRST = 3;
/** A phrase operator in a tsquery's text (`<->`, `<2>`). */
const PHRASE_OPERATOR = '<(-|[0-9]+)>';

/**
 * The rank, computed only for the rows a statement keeps (`w`, re-read as `r` by the TID it was read at): the
 * cover density of the whole query in the document's vector, plus that of any of its words in the
 * title. Carried through a sort instead, the (TOASTed) vector was read for every match fetched.
 */
const RANK = `(ts_rank_cd(r.search, q.query) + ts_rank_cd(to_tsvector('english', coalesce(w.title, '')), q.anyq))::float8`;

/**
 * Up to `wanted` matching documents, newest publication first (byte order of the publication value,
 * undated last), ties by id.
 */
export async function newestMatches(db: SqlRunner, text: string, filter: DocumentFilter, wanted: number): Promise<Candidate[]> {
  const dated = await datedMatches(db, text, filter, wanted);
  // a date bound excludes the undated documents (document-filters.ts), so they are not asked for
  if (dated.length >= wanted || filter.from || filter.to) return dated;
  return [...dated, ...(await undatedMatches(db, text, filter, wanted - dated.length))];
}

/**
 * The months walk, in one statement. Each month key is a prefix of its documents' publication values
 * (`left(published_value, 7)`), so keys in descending order give their documents in descending order:
 * the nested loop over the ordered keys emits rows in the final order, and the outer LIMIT stops it.
 * The query's lexemes are prefixed with each key in its text form (`'elect'` → `'2016-09:elect'`).
 * Keys outside a `from`/`to` bound are skipped (a key is kept while some value it prefixes may pass
 * the bound; the filter itself still decides).
 *
 * The month vectors carry no positions, so a phrase (`"oil spill"`, and compounds such as `covid-19`)
 * is looked up as all its words (`<->` → `&`) and each such match checked against the document's own
 * vector. A negated phrase has no such weaker form (`!(a <-> b)` holds where both words are apart):
 * those queries take every match from `documents.search` and sort them (the second branch, which runs
 * only for them).
 */
async function datedMatches(db: SqlRunner, text: string, filter: DocumentFilter, wanted: number): Promise<Candidate[]> {
  const { from, to } = documentFilterBounds(FILTER_FIRST);
  const { rows } = await db.query<CandidateRow>(
    `WITH ${QUERY_CTE},
          s AS (SELECT q.query::text ~ '${PHRASE_OPERATOR}' AS phrase, q.query::text ~ '${PHRASE_OPERATOR}' AND q.query::text ~ '!' AS negated FROM q)
     SELECT w.id, w.published_value, w.source, w.kind, w.title, ${RANK} AS rank
       FROM ((SELECT m.row, m.id, m.published_value, m.source, m.kind, m.title
                FROM (SELECT b.key, s.phrase,
                             regexp_replace(regexp_replace(q.query::text, '${PHRASE_OPERATOR}', ' & ', 'g'),
                                            '''((?:[^'']|'''')*)''', '''' || b.key || ':\\1''', 'g')::tsquery AS query
                        FROM q, s, unnest(ARRAY(SELECT pm.key FROM published_months pm
                                                 WHERE NOT (SELECT negated FROM s)
                                                   AND (${from}::text IS NULL OR pm.key >= left(${from}, length(pm.key)))
                                                   AND (${to}::text IS NULL OR left(pm.key, length(${to})) <= left(${to}, length(pm.key)))
                                                 ORDER BY pm.key DESC)) AS b(key)) k
                     CROSS JOIN LATERAL (
                       SELECT d.ctid AS row, d.id, d.published_value, d.source, d.kind, d.title
                         FROM documents d
                        WHERE storyline_month_lexemes(d.search, d.published_value) @@ k.query
                          AND d.published_value IS NOT NULL
                          AND (NOT k.phrase OR (d.search @@ (SELECT query FROM q)) IS TRUE)
                          AND ${documentFilterSql(FILTER_FIRST)}
                        ORDER BY d.published_value COLLATE "C" DESC, d.id
                        LIMIT $2) m
               LIMIT $2)
             UNION ALL
             (SELECT d.ctid AS row, d.id, d.published_value, d.source, d.kind, d.title
                FROM documents d
               WHERE (SELECT negated FROM s)
                 AND d.search @@ websearch_to_tsquery('english', $1)
                 AND d.published_value IS NOT NULL
                 AND ${documentFilterSql(FILTER_FIRST)}
               ORDER BY d.published_value COLLATE "C" DESC, d.id
               LIMIT $2)) w
            JOIN documents r ON r.ctid = w.row CROSS JOIN q
      ORDER BY w.published_value COLLATE "C" DESC, w.id`,
    [text, wanted, ...documentFilterParams(filter)],
    { prepare: true },
  );
  return rows.map(candidateOf);
}

/** Matches with no publication value, by id: asked only when the dated ones were not enough. */
async function undatedMatches(db: SqlRunner, text: string, filter: DocumentFilter, wanted: number): Promise<Candidate[]> {
  const { rows } = await db.query<CandidateRow>(
    `WITH ${QUERY_CTE}
     SELECT w.id, w.published_value, w.source, w.kind, w.title, ${RANK} AS rank
       FROM (SELECT d.ctid AS row, d.id, d.published_value, d.source, d.kind, d.title
               FROM documents d
              WHERE d.search @@ websearch_to_tsquery('english', $1)
                AND d.published_value IS NULL
                AND ${documentFilterSql(FILTER_FIRST)}
              ORDER BY d.id
              LIMIT $2) w
            JOIN documents r ON r.ctid = w.row CROSS JOIN q
      ORDER BY w.id`,
    [text, wanted, ...documentFilterParams(filter)],
    { prepare: true },
  );
  return rows.map(candidateOf);
}

function candidateOf(r: CandidateRow): Candidate {
  return { id: r.id, published: r.published_value, source: r.source, kind: r.kind, title: r.title, rank: r.rank };
}
