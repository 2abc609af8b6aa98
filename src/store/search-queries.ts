/**
 * Full-text search (PostgreSQL's own, on PGlite and PostgreSQL alike), in steps that each read a
 * bounded amount at 100,000 documents whatever the words:
 *
 * 1. candidates (search-candidates.ts): the newest matches, a publication month at a time (migration
 *    0012), in tranches of `SEARCH_CANDIDATES`, each ranked by its document vector. News search favours
 *    the recent: a page is ranked among its tranche (the first page among the newest matches, the next
 *    tranche after it).
 * 2. page: for each shown hit only, its passage (`search_passages`, migration 0007: one small inline
 *    tsvector per passage, by primary key) is the hit's span — the first passage that holds the whole
 *    query, else the first that holds any of its words — and `ts_headline` runs on that passage alone.
 *
 * Facets (search-facets.ts) are counted over the first tranche, the same bounded set that is ranked.
 * Snippet marks are private-use characters turned into `{text, match}` parts here, so no markup ever
 * reaches a client.
 *
 * Figures at 100,000 stored documents: src/store/README.md, "Search at 100,000 documents".
 */
import { newestMatches, type Candidate } from './search-candidates.ts';
import { searchFacets } from './search-facets.ts';
import { QUERY_CTE } from './search-tsquery.ts';
import type { DocumentFilter } from './document-filters.ts';
import type { SqlRunner } from './sql-client.ts';
import type { DocumentKind } from '../model/index.ts';
import type { SearchHit, SearchQuery, SearchResult } from './store.ts';
import { passageCountSql } from './passage-count.ts';

const START = '\uE000';
const STOP = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MinWords=15, MaxWords=35, MaxFragments=1, FragmentDelimiter=" … "`;

/** Matches ranked together (a tranche): the newest this-many, then the next this-many, and so on. */
export const SEARCH_CANDIDATES = 100;

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
  const page: Candidate[] = [];
  for (let t = first; t <= last && limit > 0; t++) {
    const tranche = matches.slice(t * SEARCH_CANDIDATES, (t + 1) * SEARCH_CANDIDATES);
    if (tranche.length === 0) break;
    const ranked = [...tranche].sort((a, b) => b.rank - a.rank || compareNewest(a, b));
    const from = Math.max(0, offset - t * SEARCH_CANDIDATES);
    page.push(...ranked.slice(from, from + limit - page.length));
  }
  const firstTranche = matches.slice(0, SEARCH_CANDIDATES);
  const [hits, facets] = await Promise.all([pageHits(db, query.text, page), withFacets ? searchFacets(db, firstTranche) : null]);
  return { hits, counted: firstTranche.length, capped: matches.length > SEARCH_CANDIDATES, facets };
}

function filterOf(q: SearchQuery): DocumentFilter {
  const { text: _text, limit: _limit, offset: _offset, ...filter } = q;
  return filter;
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
  chars: number; passages: number; snippet: string; start_offset: number | null; end_offset: number | null;
}

/**
 * The shown hits with their summaries, their passage and a headline of it (of the text's start when
 * no passage matches: only the title did). A hit's passage is the first, in text order, that holds the
 * whole query, else the first that holds any of its words: where a news report first says what was
 * searched for, usually its lead. (Until 2026-12-02 the passage with the best cover density was taken:
 * every matching passage of each hit ranked twice, ≈ 0.5 ms more of PostgreSQL's CPU a search under 16
 * clients, for a snippet seldom better than the first mention.) Looked up for the shown hits only, by
 * primary key. `x.t` is the text read from TOAST once (`|| ''` makes a value, `OFFSET 0` keeps it one
 * per row) for its length and the passage: each function would otherwise fetch and decompress it
 * again (6.1 → 5.1 ms for a page of 21, one client).
 */
async function pageHits(db: SqlRunner, text: string, page: readonly Candidate[]): Promise<SearchHit[]> {
  if (page.length === 0) return [];
  const { rows } = await db.query<PageRow>(
    `WITH ${QUERY_CTE}
     SELECT d.id, d.origin, d.title, d.published_value, d.source, d.kind, length(x.t)::int AS chars,
            ${passageCountSql('d.id')} AS passages,
            b.start_offset, b.end_offset,
            ts_headline('english', CASE WHEN b.cp_start IS NULL THEN left(x.t, 400) ELSE substr(x.t, b.cp_start + 1, b.cp_end - b.cp_start) END,
                        q.anyq, $3) AS snippet
       FROM unnest($2::text[]) AS h(id) JOIN documents d ON d.id = h.id
            CROSS JOIN q
            LEFT JOIN LATERAL ((SELECT sp.start_offset, sp.end_offset, sp.cp_start, sp.cp_end
                                  FROM search_passages sp
                                 WHERE sp.doc_id = d.id AND sp.search @@ q.query
                                 ORDER BY sp.idx LIMIT 1)
                               UNION ALL
                               (SELECT sp.start_offset, sp.end_offset, sp.cp_start, sp.cp_end
                                  FROM search_passages sp
                                 WHERE sp.doc_id = d.id AND sp.search @@ q.anyq
                                 ORDER BY sp.idx LIMIT 1)
                               LIMIT 1) b ON true
            CROSS JOIN LATERAL (SELECT d.text || '' AS t OFFSET 0) x`,
    [text, page.map((c) => c.id), HEADLINE_OPTIONS],
    { prepare: true },
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap((candidate) => {
    const r = byId.get(candidate.id);
    if (!r) return []; // deleted since it was ranked
    return [{
      document: {
        id: r.id, origin: r.origin, title: r.title, published: r.published_value, source: r.source,
        kind: r.kind as DocumentKind, chars: r.chars, passages: r.passages,
      },
      rank: candidate.rank,
      snippet: snippetParts(r.snippet),
      passage: r.start_offset === null || r.end_offset === null ? null : { start: r.start_offset, end: r.end_offset },
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
