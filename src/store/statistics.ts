/**
 * Planner statistics for the embedded store. PostgreSQL's autovacuum keeps them fresh on a server;
 * PGlite runs no background workers, so without this a data directory would never have any, and the
 * planner would guess at every table's size — it then picks sequential scans over indexes once the
 * corpus is large (a story lookup went from milliseconds to seconds in a 100,000-article store).
 * After work that wrote documents, the store compares the documents table's live size with the one
 * its statistics were taken at and runs ANALYZE when it grew by a fifth (or has none yet).
 */
import type { SqlRunner } from './sql-client.ts';

/** Growth (as a fraction of the size at the last ANALYZE) that makes the statistics stale. */
const STALE_GROWTH = 0.2;
/** Below this many documents, default estimates do no harm and ANALYZE is not worth its time. */
const MIN_DOCUMENTS = 500;

/** Runs ANALYZE when the documents table outgrew its statistics; says whether it did. */
export async function refreshStaleStatistics(db: SqlRunner): Promise<boolean> {
  const { rows } = await db.query<{ documents: number; estimated: number }>(
    `SELECT (SELECT count(*)::int FROM documents) AS documents,
            (SELECT reltuples::float8 FROM pg_class WHERE oid = 'documents'::regclass) AS estimated`,
  );
  const documents = rows[0]?.documents ?? 0;
  const estimated = rows[0]?.estimated ?? -1; // -1: never analysed (PostgreSQL 14+)
  if (documents < MIN_DOCUMENTS) return false;
  if (estimated >= 0 && documents <= estimated * (1 + STALE_GROWTH)) return false;
  await db.exec('ANALYZE');
  return true;
}
