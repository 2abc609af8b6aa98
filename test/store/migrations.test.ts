/** Versioned migrations: an older store is upgraded in place, a newer or altered one is refused. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadMigrations, migrate, openPgliteStore, openPostgresStore } from '../../src/store/index.ts';
import type { SqlClient } from '../../src/store/sql-client.ts';
import { pgliteClient } from '../../src/store/pglite.ts';
import { createScratchDatabase } from '../helpers/postgres.ts';

const tmp = mkdtempSync(join(tmpdir(), 'storyline-migrations-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function pgAsClient(client: pg.Client): SqlClient {
  const runner = { query: async (sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])) as never, exec: async (sql: string) => void (await client.query(sql)) };
  return {
    ...runner,
    async transaction(work) {
      await client.query('BEGIN');
      try { const r = await work(runner); await client.query('COMMIT'); return r; } catch (e) { await client.query('ROLLBACK'); throw e; }
    },
    close: () => client.end(),
  };
}

const OLD_ROW = `INSERT INTO documents (id, raw_sha256, origin, kind, text) VALUES ('dold', '${'a'.repeat(64)}', 'old.txt', 'article', 'Written by version 1.')`;

test('migrations: the files are numbered from 1 without gaps', () => {
  const versions = loadMigrations().map((m) => m.version);
  assert.deepEqual(versions, versions.map((_, i) => i + 1));
});

test('migrations: a PGlite data directory written at schema 1 is upgraded on open, its data kept', async () => {
  const dir = join(tmp, 'old-pglite');
  const first = await openPgliteStore(dir); // creates the directory layout, then we roll it back to schema 1
  await first.close();
  const db = await PGlite.create(join(dir, 'pgdata'));
  await db.exec('DROP TABLE story_views, published_months, search_passages, corrections, duplicate_prints, duplicate_pairs, cluster_corpus, cluster_df, stories, story_aliases, story_members, story_keys, entities, annotations, analyses, document_warnings, passages, raw_inputs, documents, storyline_migrations; DROP SEQUENCE story_key_touch; DROP FUNCTION storyline_month_lexemes, storyline_note_published_month');
  const client = pgliteClient(db);
  await migrate(client, loadMigrations().slice(0, 1));
  await db.exec(OLD_ROW);
  await db.close();
  const store = await openPgliteStore(dir);
  try {
    assert.deepEqual(await store.schemaVersions(), loadMigrations().map((m) => m.version));
    assert.equal((await store.getDocument('dold'))?.text, 'Written by version 1.');
  } finally {
    await store.close();
  }
});

test('migrations: a PostgreSQL database at schema 1 is upgraded; a newer one is refused', async () => {
  const scratch = await createScratchDatabase();
  try {
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    await migrate(pgAsClient(client), loadMigrations().slice(0, 1));
    await client.query(OLD_ROW);
    await client.end();
    const store = await openPostgresStore(scratch.url);
    assert.deepEqual(await store.schemaVersions(), loadMigrations().map((m) => m.version));
    assert.equal((await store.getDocument('dold'))?.text, 'Written by version 1.');
    await store.close();

    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    await admin.query("INSERT INTO storyline_migrations (version, name, sha256) VALUES (999, '0999_future', 'x')");
    await admin.end();
    await assert.rejects(openPostgresStore(scratch.url), { code: 'newer-schema' });
  } finally {
    await scratch.drop();
  }
});

test('migrations: a migration file changed after it was applied is refused', async () => {
  const db = await PGlite.create();
  const client = pgliteClient(db);
  const [first] = loadMigrations();
  assert.ok(first);
  await migrate(client, [first]);
  await assert.rejects(migrate(client, [{ ...first, sha256: 'changed' }]), { code: 'migration-changed' });
  await db.close();
});
