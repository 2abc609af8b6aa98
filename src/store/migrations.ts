/**
 * Versioned schema migrations: numbered .sql files, each recorded with its sha256 when applied
 * (drizzle's journal idea). Opening an older store applies what it lacks; a migration that changed
 * after it was applied is refused rather than silently skipped.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { StoreError } from './store.ts';
import type { SqlClient } from './sql-client.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly sha256: string;
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
/** Any constant works; it only has to be the same in every Storyline process. */
const MIGRATION_LOCK_KEY = 72_001_976;

export function loadMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/, ''),
        sql,
        sha256: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/**
 * Applies the migrations not yet applied, each in its own transaction under an advisory lock,
 * so two processes opening one new database at once do not both create its tables.
 */
export async function migrate(client: SqlClient, migrations: readonly Migration[] = loadMigrations()): Promise<number[]> {
  // Under the lock too: `CREATE TABLE IF NOT EXISTS` is not safe against a concurrent create (the
  // loser fails on the table's row type, "type … already exists"), which two `storyline ingest`
  // processes starting at once on a new database met.
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS storyline_migrations (
      version integer PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  await refuseNewerSchema(client, migrations);
  const applied: number[] = [];
  for (const migration of migrations) {
    const didApply = await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const { rows } = await tx.query<{ sha256: string }>('SELECT sha256 FROM storyline_migrations WHERE version = $1', [
        migration.version,
      ]);
      const existing = rows[0];
      if (existing) {
        if (existing.sha256 !== migration.sha256) {
          throw new StoreError(
            'migration-changed',
            `migration ${migration.name} differs from the one applied to this store; restore the original file`,
          );
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO storyline_migrations (version, name, sha256) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.sha256,
      ]);
      return true;
    });
    if (didApply) applied.push(migration.version);
  }
  return applied;
}

/** A store written by a newer Storyline has tables this version does not know: refuse to touch it. */
async function refuseNewerSchema(client: SqlClient, migrations: readonly Migration[]): Promise<void> {
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const { rows } = await client.query<{ version: number }>('SELECT max(version) AS version FROM storyline_migrations');
  const newest = rows[0]?.version ?? 0;
  if (newest > known) {
    throw new StoreError(
      'newer-schema',
      `this store has schema version ${newest}, newer than this Storyline knows (${known}); upgrade Storyline`,
    );
  }
}
