/**
 * Facet counts of a search (outlet, kind, publication day or month, entity, story), counted over the
 * search's first tranche of candidates — the newest `SEARCH_CANDIDATES` matches, the set that is ranked
 * — so their cost is bounded whatever the query. Outlet, kind and date come from the candidate rows
 * already read; entities and stories are grouped reads by document id (one statement), one index probe per
 * candidate (OFFSET 0 keeps the planner from a hash join; `= ANY(ids)` let the planner scan the whole entities table: 45 ms at 100,000 documents).
 */
import type { Candidate } from './search-candidates.ts';
import type { SqlRunner } from './sql-client.ts';
import type { SearchFacets, SearchFacetValue } from './store.ts';

/** Values kept per facet, most frequent first. */
export const FACET_VALUES = 10;
/** Dates kept, newest first. */
const DATE_VALUES = 24;

export async function searchFacets(db: SqlRunner, candidates: readonly Candidate[]): Promise<SearchFacets> {
  const ids = candidates.map((c) => c.id);
  const dated = candidates.flatMap((c) => (c.published && c.published.length >= 10 ? [c.published.slice(0, 10)] : []));
  // days while the matches span a month at most, months beyond
  const byDay = dated.length > 0 && Date.parse(dated.reduce((a, b) => (a > b ? a : b))) - Date.parse(dated.reduce((a, b) => (a < b ? a : b))) <= 31 * 86_400_000;
  const [entity, story] = ids.length === 0 ? [[], []] : await entityAndStoryFacets(db, ids);
  return {
    outlet: countValues(candidates.map((c) => c.source)),
    kind: countValues(candidates.map((c) => c.kind)),
    date: { unit: byDay ? 'day' : 'month', values: countValues(dated.map((d) => (byDay ? d : d.slice(0, 7))), 'value') },
    entity,
    story,
  };
}

/** Each distinct value with its count, most frequent first (or by value, newest first, for dates). */
function countValues(values: readonly (string | null)[], order: 'count' | 'value' = 'count'): SearchFacetValue[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort(order === 'count' ? (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1) : (a, b) => (a[0] < b[0] ? 1 : -1));
  return sorted.slice(0, order === 'count' ? FACET_VALUES : DATE_VALUES).map(([value, count]) => ({ value, label: value, count }));
}

/**
 * Entities (corrections applied: entity_key/entity_name) and stories by the number of candidate
 * documents naming them or in them, in one statement (a round trip and a plan fewer: ≈ 1.5 ms of the
 * two facets' 4.5 ms at 100,000 documents). Story titles are read for the shown stories only, after
 * the counts (75 title lookups for "police" at 100,000 documents cost most of the facets' 1.1 ms).
 */
async function entityAndStoryFacets(db: SqlRunner, ids: readonly string[]): Promise<[SearchFacetValue[], SearchFacetValue[]]> {
  const { rows } = await db.query<{ entity: SearchFacetValue[]; story: { value: string; label: string | null; count: number }[] }>(
    `SELECT (SELECT coalesce(json_agg(x), '[]') FROM (
               SELECT en.entity_key AS value, mode() WITHIN GROUP (ORDER BY en.entity_name) AS label, count(DISTINCT en.doc_id)::int AS count
                 FROM unnest($1::text[]) AS c(id)
                      CROSS JOIN LATERAL (SELECT e.doc_id, e.entity_key, e.entity_name FROM entities e WHERE e.doc_id = c.id OFFSET 0) en
                GROUP BY en.entity_key
                ORDER BY count DESC, value
                LIMIT $2) x) AS entity,
            (SELECT coalesce(json_agg(y ORDER BY y.count DESC, y.value), '[]') FROM (
               SELECT t.value, s.title AS label, t.count
                 FROM (SELECT sm.story_id AS value, count(*)::int AS count
                         FROM unnest($1::text[]) AS c(id)
                              CROSS JOIN LATERAL (SELECT m.story_id FROM story_members m WHERE m.doc_id = c.id OFFSET 0) sm
                        GROUP BY sm.story_id
                        ORDER BY count DESC, value
                        LIMIT $2) t
                      LEFT JOIN stories s ON s.id = t.value) y) AS story`,
    [ids, FACET_VALUES],
    { prepare: true },
  );
  const row = rows[0];
  return [row?.entity ?? [], (row?.story ?? []).map((r) => ({ value: r.value, label: r.label ?? r.value, count: r.count }))];
}
