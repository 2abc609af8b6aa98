/**
 * Full-text search (PostgreSQL's own, on PGlite and PostgreSQL alike) over `documents.search`, the
 * generated tsvector of migration 0002 with its GIN index. Ranking and snippets are computed in SQL;
 * `ts_headline` runs only on the page of hits, not on every match. Snippet marks are private-use
 * characters turned into `{text, match}` parts here, so no markup ever reaches a client.
 */
import { documentFilterParams, documentFilterSql } from './document-filters.ts';
import type { SqlRunner } from './sql-client.ts';
import type { DocumentKind } from '../model/index.ts';
import type { SearchHit, SearchQuery } from './store.ts';

const START = '\uE000';
const STOP = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MinWords=12, MaxWords=30, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Ranking reads each match's whole tsvector (out of line, TOASTed): about 0.25 ms a document, so a
 * common word over 100,000 reports would take seconds. The newest this-many matches are ranked — news
 * search favours the recent — which bounds a search's cost whatever the query.
 */
export const RANKED_CANDIDATES = 500;

interface HitRow {
  id: string; origin: string; title: string | null; published_value: string | null; source: string | null; kind: string;
  chars: number; passages: number; rank: number; snippet: string;
}

export async function searchDocuments(db: SqlRunner, q: SearchQuery): Promise<SearchHit[]> {
  const filterFrom = 5;
  const { rows } = await db.query<HitRow>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
     matches AS (
       SELECT d.id FROM documents d, q
        WHERE d.search @@ q.query AND ${documentFilterSql(filterFrom)}
        ORDER BY d.published_value DESC NULLS LAST, d.id
        LIMIT $12),
     hits AS (
       SELECT d.id, ts_rank_cd(d.search, q.query)::float8 AS rank
         FROM matches m JOIN documents d ON d.id = m.id CROSS JOIN q
        ORDER BY rank DESC, d.id
        LIMIT $2 OFFSET $3)
     SELECT d.id, d.origin, d.title, d.published_value, d.source, d.kind, length(d.text)::int AS chars,
            (SELECT count(*)::int FROM passages p WHERE p.doc_id = d.id) AS passages, h.rank,
            ts_headline('english', d.text, q.query, $4) AS snippet
       FROM hits h JOIN documents d ON d.id = h.id CROSS JOIN q
      ORDER BY h.rank DESC, d.id`,
    [q.text, q.limit ?? 20, q.offset ?? 0, HEADLINE_OPTIONS, ...documentFilterParams(q), RANKED_CANDIDATES],
  );
  return rows.map((r) => ({
    document: {
      id: r.id, origin: r.origin, title: r.title, published: r.published_value, source: r.source,
      kind: r.kind as DocumentKind, chars: r.chars, passages: r.passages,
    },
    rank: r.rank,
    snippet: snippetParts(r.snippet),
  }));
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
