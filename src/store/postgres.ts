/** The team back end: a PostgreSQL server reached by a connection URL (node-postgres pool). */
import pg from 'pg';
import type { SqlClient, SqlRunner } from './sql-client.ts';
import { openSqlStore } from './sql-store.ts';
import type { Store } from './store.ts';
import { StoreError } from './store.ts';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

function runner(q: Queryable): SqlRunner {
  return {
    query: async <R>(sql: string, params: readonly unknown[] = []) => (await q.query(sql, [...params])) as { rows: R[] },
    exec: async (script: string) => {
      await q.query(script);
    },
  };
}

function poolClient(pool: pg.Pool): SqlClient {
  return {
    ...runner(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(runner(connection));
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
