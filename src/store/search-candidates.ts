/**
 * The newest documents matching a search, a date window at a time, each with its rank. The GIN index of
 * `documents.search` finds every match at once, but ordering them by date meant fetching the (wide)
 * row of each one: 85 ms for the 4,397 matches of "police" at 100,000 stored documents. Here the
 * newest window is asked first (the btree range of `documents_published` ANDed with the GIN bitmap,
 * so only the window's rows are fetched), then the next older one, only while fewer than wanted were found.
 */
import { documentFilterParams, documentFilterSql, type DocumentFilter } from './document-filters.ts';
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

const DAY_MS = 86_400_000;
/** The first window: the month before the newest publication … */
const FIRST_WINDOW_DAYS = 31;
/**
 * … or, when longer, the span of the newest `wanted ×` this many documents: a word in one document of
 * 10 finds all it wants there, in one pass over its GIN entries (each window rebuilds that bitmap:
 * 3.5 ms for "police", 13,867 matches at 100,000 documents). Measured over the bench's 8 queries, one
 * client: 3.4 → 1.9 windows a search, the range and windows 10.7 → 6.7 ms (20 or 50 per wanted: the
 * offset read by the btree costs more than the windows it saves).
 */
const FIRST_WINDOW_DOCUMENTS_PER_WANTED = 10;
/** How much the reach may grow in one step after a window with matches (their density sizes it) … */
const MAX_GROWTH = 4;
/** … and after an empty one (nothing was fetched, so a longer step costs little). */
const EMPTY_GROWTH = 8;

/**
 * Up to `wanted` matching documents, newest publication first (undated last), ties by id: the same
 * order as one unbounded query, found through as few and as narrow windows as the query allows. The
 * windows do not overlap: each reaches further back than the last by a span sized from the density of
 * matches in the last one (aiming at 1.5× what is still wanted), at most `MAX_GROWTH` times the reach.
 * So a common word stops within days, and a word whose matches sit years back never has all of them
 * fetched: "oil spill" at 100,000 documents went from a recent window with one match straight to the
 * unbounded query, 8,672 rows fetched to keep 101 (26 ms).
 */
export async function newestMatches(db: SqlRunner, text: string, filter: DocumentFilter, wanted: number): Promise<Candidate[]> {
  const range = await publishedRange(db, filter.to ?? null, wanted * FIRST_WINDOW_DOCUMENTS_PER_WANTED);
  const newest = range && Date.parse(isoDay(range.newest));
  const oldest = range && Date.parse(isoDay(range.oldest));
  const from = filter.from ? Date.parse(isoDay(filter.from)) : Number.NaN;
  const found: Candidate[] = [];
  // at least a month, and back far enough to hold the newest documents a common word needs
  const nth = range?.nth ? Date.parse(isoDay(range.nth)) : Number.NaN;
  let days = Number.isNaN(nth) || newest === null ? FIRST_WINDOW_DAYS : Math.max(FIRST_WINDOW_DAYS, Math.ceil((newest - nth) / DAY_MS));
  let before: string | null = null; // the last window's lower bound: this window ends before it
  let reached = 0;
  for (;;) {
    const cutoffMs = newest === null || Number.isNaN(newest) ? Number.NaN : newest - days * DAY_MS;
    // a window reaching past the oldest document (or the `from` bound) is the rest of the store
    const bounded = !Number.isNaN(cutoffMs) && oldest !== null && cutoffMs > oldest && !(cutoffMs <= from);
    const cutoff = bounded ? new Date(cutoffMs).toISOString().slice(0, 10) : null;
    const rows = await matchesBetween(db, text, filter, cutoff, before, wanted - found.length);
    found.push(...rows);
    if (found.length >= wanted || !bounded) return found;
    const span = days - reached;
    const density = rows.length / span;
    const needed = density > 0 ? (1.5 * (wanted - found.length)) / density : Number.POSITIVE_INFINITY;
    reached = days;
    before = cutoff;
    days += Math.max(days, Math.min(needed, (rows.length === 0 ? EMPTY_GROWTH - 1 : MAX_GROWTH - 1) * days));
  }
}

/**
 * The newest and oldest publication values in the store (the newest at or before `to`) and the `nth`
 * newest (null when fewer are dated), by the btree.
 * `< to || '~'` is the filters' prefix bound (`left(p, length(to)) <= to`) in a form the btree can
 * seek: '~' sorts after every character of an ISO date.
 */
async function publishedRange(db: SqlRunner, to: string | null, nth: number): Promise<{ newest: string; oldest: string; nth: string | null } | null> {
  const { rows } = await db.query<{ newest: string | null; oldest: string | null; nth: string | null }>(
    `SELECT (SELECT max(published_value) FROM documents
              WHERE published_value IS NOT NULL AND ($1::text IS NULL OR published_value < $1 || '~')) AS newest,
            (SELECT min(published_value) FROM documents WHERE published_value IS NOT NULL) AS oldest,
            (SELECT published_value FROM documents
              WHERE published_value IS NOT NULL AND ($1::text IS NULL OR published_value < $1 || '~')
              ORDER BY published_value DESC OFFSET $2 LIMIT 1) AS nth`,
    [to, Math.max(0, nth - 1)],
  );
  const r = rows[0];
  return r?.newest && r.oldest ? { newest: r.newest, oldest: r.oldest, nth: r.nth } : null;
}

/** An ISO value of any precision (`2020`, `2020-03`, `2020-03-14T…`) as something Date.parse reads. */
function isoDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/**
 * Matches published in [cutoff, before) (no bound where null; the undated ones with the window that has
 * no lower bound), newest first, ranked. The rank is the cover density of the whole query in the
 * document's vector, plus that of any of its words in the title, computed only for the rows the window
 * keeps: the vector is read again by primary key after the inner LIMIT. Carried through the window's
 * sort instead, it was read for every match the window fetched (5.5 against 2.5 ms for the bench's
 * queries over a window of 101). Ranking here replaced a statement that scored every passage of the
 * tranche (≈ 6,000 passage rows read for 100 candidates, 3.4–9.6 ms a search; src/store/README.md,
 * "Search at 100,000 documents").
 */
async function matchesBetween(db: SqlRunner, text: string, filter: DocumentFilter, cutoff: string | null, before: string | null, wanted: number): Promise<Candidate[]> {
  const { rows } = await db.query<{ id: string; published_value: string | null; source: string | null; kind: string; title: string | null; rank: number }>(
    `WITH ${QUERY_CTE}
     SELECT w.id, w.published_value, w.source, w.kind, w.title,
            (ts_rank_cd(r.search, q.query) + ts_rank_cd(to_tsvector('english', coalesce(w.title, '')), q.anyq))::float8 AS rank
       FROM (SELECT d.id, d.published_value, d.source, d.kind, d.title
               FROM documents d
              WHERE d.search @@ websearch_to_tsquery('english', $1)
                AND ($2::text IS NULL OR d.published_value >= $2)
                AND ($3::text IS NULL OR d.published_value < $3 OR ($2::text IS NULL AND d.published_value IS NULL))
                AND ${documentFilterSql(5)}
              ORDER BY d.published_value DESC NULLS LAST, d.id
              LIMIT $4) w
            JOIN documents r ON r.id = w.id CROSS JOIN q
      ORDER BY w.published_value DESC NULLS LAST, w.id`,
    [text, cutoff, before, wanted, ...documentFilterParams(filter)],
  );
  return rows.map((r) => ({ id: r.id, published: r.published_value, source: r.source, kind: r.kind, title: r.title, rank: r.rank }));
}
