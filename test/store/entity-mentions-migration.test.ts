/** Migration 0008 on a store analysed before it: every entity row gets the count of its mentions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import { loadMigrations, migrate } from '../../src/store/index.ts';
import { pgliteClient } from '../../src/store/pglite.ts';

test('migration 0008: entities analysed before it count their mentions', async () => {
  const db = await PGlite.create();
  try {
    const client = pgliteClient(db);
    const migrations = loadMigrations();
    await migrate(client, migrations.filter((m) => m.version < 8));
    await db.exec(`INSERT INTO documents (id, raw_sha256, origin, kind, text) VALUES ('d1', '${'b'.repeat(64)}', 'a.txt', 'article', 'Iran said Iran and Iraq.')`);
    for (const [id, name] of [['e0', 'Iran'], ['e1', 'Iraq'], ['e2', 'Oman']]) {
      await db.query(`INSERT INTO entities (doc_id, local_id, type, name, doc_key, corpus_key, record, entity_key, entity_type, entity_name)
                      VALUES ('d1', $1, 'GPE', $2, $3, $3, '{}', $3, 'GPE', $2)`, [id, name, `GPE:${name!.toLowerCase()}`]);
    }
    for (const [id, entity, start] of [['m0', 'e0', 0], ['m1', 'e0', 10], ['m2', 'e1', 19]] as const) {
      await db.query(`INSERT INTO annotations (doc_id, layer, local_id, start_offset, end_offset, entity, snippet, record)
                      VALUES ('d1', 'mention', $1, $2, $2 + 4, $3, '', '{}')`, [id, start, entity]);
    }
    await migrate(client, migrations);
    const { rows } = await db.query<{ local_id: string; mentions: number }>('SELECT local_id, mentions FROM entities ORDER BY local_id');
    assert.deepEqual(rows, [{ local_id: 'e0', mentions: 2 }, { local_id: 'e1', mentions: 1 }, { local_id: 'e2', mentions: 0 }]);
  } finally {
    await db.close();
  }
});
