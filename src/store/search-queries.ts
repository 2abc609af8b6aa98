/**
 * Full-text search (PostgreSQL's own, on PGlite and PostgreSQL alike), in three steps that each read a
 * bounded amount at 100,000 documents whatever the words:
 *
 * 1. candidates (search-candidates.ts): the newest matches of `documents.search` (GIN), a date
 *    window at a time, in tranches of `SEARCH_CANDIDATES`. News search favours the recent: a page is
 *    ranked among its tranche (the first page among the newest matches, the next tranche after it).
 * 2. rank: each candidate's passages (`search_passages`, migration 0007: one small inline tsvector per
 *    passage, by primary key) are scored, never a whole TOASTed document vector; a document's rank is
 *    the sum of its matching passages' scores plus its title's, its best passage is the hit's span.
 * 3. page: `ts_headline` runs on the best passage of each shown hit only, not on whole texts.
 *
 * Facets (search-facets.ts) are counted over the first tranche, the same bounded set that is ranked.
 * Snippet marks are private-use characters turned into `{text, match}` parts here, so no markup ever
 * reaches a client.
 *
 * Figures at 100,000 stored documents: src/store/README.md, "Search at 100,000 documents".
 */
import { newestMatches, type Candidate } from './search-candidates.ts';
import { searchFacets } from './search-facets.ts';
import type { DocumentFilter } from './document-filters.ts';
import type { SqlRunner } from './sql-client.ts';
import type { DocumentKind } from '../model/index.ts';
import type { SearchHit, SearchQuery, SearchResult } from './store.ts';

const START = '\uE000';
const STOP = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MinWords=15, MaxWords=35, MaxFragments=1, FragmentDelimiter=" … "`;

/** Matches ranked together (a tranche): the newest this-many, then the next this-many, and so on. */
export const SEARCH_CANDIDATES = 100;

/**
 * The query as websearch_to_tsquery parses it, and `anyq`: any of its lexemes. A document matches
 * the whole query, but its words may sit in different passages; passages are found and scored by any
 * word, the whole query's cover adding to the score of a passage that holds it.
 */
const QUERY_CTE = `q AS (SELECT query, coalesce((SELECT string_agg(DISTINCT m[1], ' | ')
                     FROM regexp_matches(query::text, '(''(?:[^'']|'''')*'')', 'g') m), '')::tsquery AS anyq
               FROM websearch_to_tsquery('english', $1) AS query)`;

interface Ranked {
  readonly candidate: Candidate; readonly rank: number;
  /** The best passage: UTF-16 span (for the client) and code-point span (for substr); null when none matched. */
  readonly start: number | null; readonly end: number | null; readonly cpStart: number | null; readonly cpEnd: number | null;
}

export async function searchDocuments(db: SqlRunner, query: SearchQuery): Promise<SearchHit[]> {
  return [...(await runSearch(db, query, false)).hits];
}

export async function search(db: SqlRunner, query: SearchQuery): Promise<SearchResult> {
  return runSearch(db, query, true);
}

async function runSearch(db: SqlRunner, query: SearchQuery, withFacets: boolean): Promise<SearchResult> {
  const limit = Math.max(0, query.limit ?? 20);
  const offset = Math.max(0, query.offset ?? 0);
  const first = Math.floor(offset / SEARCH_CANDIDATES);
  const last = Math.floor((offset + Math.max(limit, 1) - 1) / SEARCH_CANDIDATES);
  // one more than the last tranche needs: whether matches go on past the first tranche
  const matches = await newestMatches(db, query.text, filterOf(query), Math.max(last + 1, 1) * SEARCH_CANDIDATES + 1);
  const page: Ranked[] = [];
  for (let t = first; t <= last && limit > 0; t++) {
    const tranche = matches.slice(t * SEARCH_CANDIDATES, (t + 1) * SEARCH_CANDIDATES);
    if (tranche.length === 0) break;
    const ranked = await rankCandidates(db, query.text, tranche);
    const from = Math.max(0, offset - t * SEARCH_CANDIDATES);
    page.push(...ranked.slice(from, from + limit - page.length));
  }
  const hits = await pageHits(db, query.text, page);
  const firstTranche = matches.slice(0, SEARCH_CANDIDATES);
  return {
    hits,
    counted: firstTranche.length,
    capped: matches.length > SEARCH_CANDIDATES,
    facets: withFacets ? await searchFacets(db, firstTranche) : null,
  };
}

function filterOf(q: SearchQuery): DocumentFilter {
  const { text: _text, limit: _limit, offset: _offset, ...filter } = q;
  return filter;
}

/** The tranche, best first: rank (passages + title), then newest, then id. */
async function rankCandidates(db: SqlRunner, text: string, tranche: readonly Candidate[]): Promise<Ranked[]> {
  // `scored` is materialised so each passage's score is computed once: referenced by the sum and the
  // best-passage pick, an inlined score ran ts_rank_cd once per aggregate (36 → 9 ms for "egypt protests").
  const { rows } = await db.query<{ id: string; rank: number; best: [[number, number, number, number]] | null }>(
    `WITH ${QUERY_CTE},
     scored AS MATERIALIZED (
       SELECT sp.doc_id, sp.idx, ARRAY[sp.start_offset, sp.end_offset, sp.cp_start, sp.cp_end] AS span,
              ts_rank_cd(sp.search, q.query) + 0.1 * ts_rank_cd(sp.search, q.anyq) AS score
         FROM search_passages sp CROSS JOIN q
        WHERE sp.doc_id = ANY($2::text[]) AND sp.search @@ q.anyq),
     p AS (SELECT doc_id, sum(score) AS total, (array_agg(span ORDER BY score DESC, idx))[1:1] AS best
             FROM scored GROUP BY doc_id)
     SELECT c.id, (coalesce(p.total, 0) + ts_rank_cd(to_tsvector('english', coalesce(c.title, '')), q.anyq))::float8 AS rank, p.best
       FROM unnest($2::text[], $3::text[]) AS c(id, title) CROSS JOIN q LEFT JOIN p ON p.doc_id = c.id`,
    [text, tranche.map((c) => c.id), tranche.map((c) => c.title)],
  );
  const byId = new Map(tranche.map((c) => [c.id, c]));
  return rows
    .map((r) => ({ candidate: byId.get(r.id) as Candidate, rank: r.rank, ...bestSpan(r.best?.[0]) }))
    .sort((a, b) => b.rank - a.rank || compareNewest(a.candidate, b.candidate));
}

/** The best passage's `[start, end, cpStart, cpEnd]` (one row of a 2-D array), or nulls when none matched. */
function bestSpan(best: readonly number[] | undefined): Pick<Ranked, 'start' | 'end' | 'cpStart' | 'cpEnd'> {
  const [start = null, end = null, cpStart = null, cpEnd = null] = best ?? [];
  return { start, end, cpStart, cpEnd };
}

function compareNewest(a: Candidate, b: Candidate): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface PageRow {
  id: string; origin: string; title: string | null; published_value: string | null; source: string | null; kind: string;
  chars: number; passages: number; snippet: string;
}

/**
 * The shown hits with their summaries and a headline of the best passage (the text's start when only the
 * title matched). `x.t` is the text read from TOAST once (`|| ''` makes a value, `OFFSET 0` keeps it one
 * per row) for its length and the passage: each function would otherwise fetch and decompress it again
 * (6.1 → 5.1 ms for a page of 21, one client).
 */
async function pageHits(db: SqlRunner, text: string, page: readonly Ranked[]): Promise<SearchHit[]> {
  if (page.length === 0) return [];
  const { rows } = await db.query<PageRow>(
    `WITH ${QUERY_CTE}
     SELECT d.id, d.origin, d.title, d.published_value, d.source, d.kind, length(x.t)::int AS chars,
            (SELECT count(*)::int FROM passages p WHERE p.doc_id = d.id) AS passages,
            ts_headline('english', CASE WHEN h.s IS NULL THEN left(x.t, 400) ELSE substr(x.t, h.s + 1, h.e - h.s) END,
                        q.anyq, $5) AS snippet
       FROM unnest($2::text[], $3::int[], $4::int[]) AS h(id, s, e) JOIN documents d ON d.id = h.id
            CROSS JOIN LATERAL (SELECT d.text || '' AS t OFFSET 0) x
            CROSS JOIN q`,
    [text, page.map((r) => r.candidate.id), page.map((r) => r.cpStart), page.map((r) => r.cpEnd), HEADLINE_OPTIONS],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap((ranked) => {
    const r = byId.get(ranked.candidate.id);
    if (!r) return []; // deleted since it was ranked
    return [{
      document: {
        id: r.id, origin: r.origin, title: r.title, published: r.published_value, source: r.source,
        kind: r.kind as DocumentKind, chars: r.chars, passages: r.passages,
      },
      rank: ranked.rank,
      snippet: snippetParts(r.snippet),
      passage: ranked.start === null || ranked.end === null ? null : { start: ranked.start, end: ranked.end },
    }];
  });
}

/** `a \uE000b\uE001 c` → `[{a, false}, {b, true}, {c, false}]`; stray marks in the page's own text are dropped. */
export function snippetParts(headline: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [i, piece] of headline.split(START).entries()) {
    const [inside, after] = i === 0 ? [undefined, piece] : splitOnce(piece);
    if (inside) parts.push({ text: inside, match: true });
    if (after) parts.push({ text: after.replaceAll(STOP, ''), match: false });
  }
  return parts;
}

function splitOnce(piece: string): [string, string] {
  const at = piece.indexOf(STOP);
  return at < 0 ? [piece, ''] : [piece.slice(0, at), piece.slice(at + STOP.length)];
}
