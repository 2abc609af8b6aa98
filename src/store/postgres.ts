/** The team back end: a PostgreSQL server reached by a connection URL (node-postgres pool). */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { QueryOptions, SqlClient, SqlRunner } from './sql-client.ts';
import { openSqlStore } from './sql-store.ts';
import type { Store } from './store.ts';
import { StoreError } from './store.ts';

interface Queryable {
  query(sql: string | pg.QueryConfig, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Statements run with `prepare` are named after a hash of their text, so each connection parses and
 * plans one once and then reuses it (PostgreSQL replans it itself when a table it reads changes).
 * Measured under 16 concurrent searches at 100,000 documents (scratch A/B, 2026-12-02, three rounds):
 * PostgreSQL's CPU 6.4–7.3 → 5.5–6.0 ms a search. Two cases fall back to an unnamed statement: a
 * migration run by another process that changed a result column's type, which PostgreSQL cannot replan
 * ("cached plan must not change result type", SQLSTATE 0A000: that statement, that time); and a
 * connection pooler between us and the server that hands statements to other server connections than
 * the one that prepared them (PgBouncer in transaction mode before 1.21: 26000 "prepared statement does
 * not exist", 42P05 "already exists"): then nothing is prepared any more on this store's connections.
 */
const statementNames = new Map<string, string>();
const REPLAN_REFUSED = '0A000';
const PREPARED_STATEMENTS_LOST = new Set(['26000', '42P05']);

function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) statementNames.set(sql, (name = `storyline_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`));
  return name;
}

/** `preparing`: shared by a store's pool and transaction runners; off once the server lost a prepared statement. */
function runner(q: Queryable, preparing: { on: boolean }): SqlRunner {
  return {
    query: async <R>(sql: string, params: readonly unknown[] = [], options?: QueryOptions) => {
      if (!options?.prepare || !preparing.on) return (await q.query(sql, [...params])) as { rows: R[] };
      try {
        return (await q.query({ name: statementName(sql), text: sql, values: [...params] })) as { rows: R[] };
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (PREPARED_STATEMENTS_LOST.has(code)) preparing.on = false;
        else if (code !== REPLAN_REFUSED) throw error;
        return (await q.query(sql, [...params])) as { rows: R[] };
      }
    },
    exec: async (script: string) => {
      await q.query(script);
    },
  };
}

/** The store's client over a node-postgres pool (exported for its tests). */
export function poolClient(pool: pg.Pool): SqlClient {
  const preparing = { on: true };
  return {
    ...runner(pool, preparing),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(runner(connection, preparing));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

export async function openPostgresStore(url: string, options: { poolSize?: number } = {}): Promise<Store> {
  const location = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined); // idle-client errors surface on the next query instead of crashing
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError('database-unreachable', `cannot connect to ${location}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return await openSqlStore(poolClient(pool), { backend: 'postgres', location, toBytea: (b) => Buffer.from(b) });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
