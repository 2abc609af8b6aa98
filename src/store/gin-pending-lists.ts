/**
 * GIN's pending lists, merged for the embedded store. A GIN index with `fastupdate` (the default) takes
 * new entries into an unsorted list that every lookup reads whole, until a vacuum merges it into the
 * index (or it outgrows `gin_pending_list_limit`, 4 MB, and the next insert merges it). PostgreSQL's
 * autovacuum does that on a server; PGlite runs no background workers, so its lists stayed up to
 * 4 MB long and every search or duplicate lookup read them: at 100,000 documents the month index's list
 * held 274 pages and made each month lookup 1.3 ms (migration 0013). After work that wrote documents the
 * store merges them here, as autovacuum would: the same merge an insert would do, in a batch.
 */
import type { SqlRunner } from './sql-client.ts';

/** Merges the pending list of every GIN index of the store's schema; returns the pages merged, by index. */
export async function mergeGinPendingLists(db: SqlRunner): Promise<Map<string, number>> {
  const { rows } = await db.query<{ index: string; pages: number }>(
    `SELECT c.relname AS index, gin_clean_pending_list(c.oid)::int AS pages
       FROM pg_class c JOIN pg_am am ON am.oid = c.relam
      WHERE am.amname = 'gin' AND c.relkind = 'i' AND c.relnamespace = current_schema()::regnamespace
      ORDER BY c.relname`,
  );
  return new Map(rows.map((r) => [r.index, r.pages]));
}
