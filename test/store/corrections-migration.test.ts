/** Migration 0006 on a store analysed before it: every entity row gets its derived key, type and name. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import { loadMigrations, migrate } from '../../src/store/index.ts';
import { pgliteClient } from '../../src/store/pglite.ts';

test('migration 0006: entities analysed before it read as uncorrected (key, type and name copied)', async () => {
  const db = await PGlite.create();
  try {
    const client = pgliteClient(db);
    const migrations = loadMigrations();
    await migrate(client, migrations.filter((m) => m.version < 6));
    await db.exec(`INSERT INTO documents (id, raw_sha256, origin, kind, text) VALUES ('d1', '${'b'.repeat(64)}', 'a.txt', 'article', 'Iran said.')`);
    await db.exec(`INSERT INTO entities (doc_id, local_id, type, name, doc_key, corpus_key, record)
                   VALUES ('d1', 'e0', 'GPE', 'Iran', 'GPE:iran', 'GPE:iran', '{"id":"e0","name":"Iran","aliases":[],"roles":[]}')`);
    await migrate(client, migrations);
    const { rows } = await db.query<{ entity_key: string; entity_type: string; entity_name: string }>('SELECT entity_key, entity_type, entity_name FROM entities');
    assert.deepEqual(rows, [{ entity_key: 'GPE:iran', entity_type: 'GPE', entity_name: 'Iran' }]);
    assert.deepEqual((await db.query('SELECT * FROM corrections')).rows, []);
  } finally {
    await db.close();
  }
});
