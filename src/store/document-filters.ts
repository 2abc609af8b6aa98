/**
 * The document filters (outlet, kind, publication range, story, entity) as one SQL condition, so the
 * document list and full-text search filter alike. The text is fixed; only placeholder numbers vary,
 * and every value goes in as a parameter (`documentFilterParams`, in the same order).
 *
 * A story's members come as an array (`= ANY (ARRAY(…))`), not `IN (subquery)`: inside the `$n IS NULL
 * OR …` guard a subquery cannot become a join, and the planner walked the whole primary key testing each
 * of 100,000 documents against it (225 ms for a story of 28 documents); the array is read once and its
 * ids are looked up by the primary key (under 2 ms).
 *
 * The entity filter takes an entity key (a search facet's value) or part of a name or alias. A value
 * that is a stored key is that entity alone, found by the key's index; only another value is matched
 * against the names, which reads every entity row (≈ 76 ms at 100,000 documents).
 */
import { keysMatching, likePattern } from './annotation-queries.ts';
import type { DocumentQuery } from './store.ts';

export type DocumentFilter = Omit<DocumentQuery, 'after' | 'limit'>;

/** The placeholders of the publication bounds `from` and `to` in `documentFilterSql(first)`. */
export function documentFilterBounds(first: number): { from: string; to: string } {
  return { from: `$${first + 2}`, to: `$${first + 3}` };
}

/** The condition over documents aliased `d`, with placeholders `$first` … `$first+6`. */
export function documentFilterSql(first: number): string {
  const p = (i: number) => `$${first + i}`;
  const { from, to } = documentFilterBounds(first);
  return `(${p(0)}::text IS NULL OR d.source = ${p(0)})
    AND (${p(1)}::text IS NULL OR d.kind = ${p(1)})
    AND (${from}::text IS NULL OR d.published_value >= ${from})
    AND (${to}::text IS NULL OR left(d.published_value, length(${to})) <= ${to})
    AND (${p(4)}::text IS NULL OR d.id = ANY (ARRAY(SELECT sm.doc_id FROM story_members sm WHERE sm.story_id = ${p(4)})))
    AND (${p(5)}::text IS NULL OR d.id = ANY (ARRAY(SELECT en.doc_id FROM entities en
           WHERE en.entity_key = ${p(5)}
              OR (NOT EXISTS (SELECT 1 FROM entities kn WHERE kn.entity_key = ${p(5)}) AND en.entity_key IN ${keysMatching(p(6))}))))`;
}

export function documentFilterParams(f: DocumentFilter): unknown[] {
  return [f.source ?? null, f.kind ?? null, f.from ?? null, f.to ?? null, f.story ?? null, f.entity ?? null, likePattern(f.entity)];
}
