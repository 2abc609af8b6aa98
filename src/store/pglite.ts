/** The embedded back end: PGlite (PostgreSQL in WASM) in a Storyline data directory. */
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir, prepareDataDir } from './data-dir.ts';
import type { SqlClient, SqlRunner } from './sql-client.ts';
import { openSqlStore } from './sql-store.ts';
import type { Store } from './store.ts';
import { StoreError } from './store.ts';

interface PgliteLike {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(sql: string): Promise<unknown>;
}

function runner(db: PgliteLike): SqlRunner {
  return {
    query: async <R>(sql: string, params: readonly unknown[] = []) => db.query<R>(sql, [...params]),
    exec: async (script: string) => {
      await db.exec(script);
    },
  };
}

/** A PGlite database as a SqlClient (exported for tests that build old schemas by hand). */
export function pgliteClient(db: PGlite): SqlClient {
  return {
    ...runner(db),
    transaction: (work) => db.transaction((tx) => work(runner(tx))),
    close: () => db.close(),
  };
}

/** Opens (creating if needed) the data directory `dir`; `memory://` gives a throw-away store for tests. */
export async function openPgliteStore(dir: string): Promise<Store> {
  if (dir === 'memory://') {
    const db = await PGlite.create();
    return openSqlStore(pgliteClient(db), { backend: 'pglite', location: dir, toBytea: (b) => b, maintainInProcess: true });
  }
  const layout = prepareDataDir(dir);
  const release = lockDataDir(layout);
  try {
    const db = await createPglite(layout.pgdata);
    return await openSqlStore(pgliteClient(db), {
      backend: 'pglite', location: layout.root, toBytea: (b) => b, onClose: release, maintainInProcess: true,
    });
  } catch (error) {
    release();
    throw error;
  }
}

async function createPglite(pgdata: string): Promise<PGlite> {
  try {
    return await PGlite.create(pgdata);
  } catch (error) {
    throw new StoreError('data-dir-damaged', `cannot open the database in ${pgdata}: ${describe(error)}`, { cause: error });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
