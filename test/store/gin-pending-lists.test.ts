import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { pgliteClient } from '../../src/store/pglite.ts';
import { mergeGinPendingLists } from '../../src/store/gin-pending-lists.ts';

test('GIN pending lists are merged into their index, and lookups still find every row', async () => {
  const db = pgliteClient(await PGlite.create());
  try {
    await db.exec(`CREATE TABLE notes (id integer PRIMARY KEY, search tsvector NOT NULL);
                   CREATE INDEX notes_search ON notes USING gin (search);
                   CREATE INDEX notes_search_direct ON notes USING gin (search) WITH (fastupdate = off);
                   CREATE INDEX notes_id ON notes (id)`);
    await db.query(`INSERT INTO notes SELECT i, to_tsvector('english', 'strike number ' || i || ' near the airport')
                      FROM generate_series(1, 3000) AS i`);
    const merged = await mergeGinPendingLists(db);
    assert.deepEqual([...merged.keys()], ['notes_search', 'notes_search_direct'], 'GIN indexes only, by name');
    assert.ok((merged.get('notes_search') ?? 0) > 0, 'fastupdate index: its pending list held the inserts');
    assert.equal(merged.get('notes_search_direct'), 0, 'no pending list without fastupdate');
    assert.equal((await mergeGinPendingLists(db)).get('notes_search'), 0, 'nothing left to merge');
    await db.exec('SET enable_seqscan = off');
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notes WHERE search @@ to_tsquery('english', 'airport & 2999')`);
    assert.equal(rows[0]?.n, 1);
  } finally {
    await db.close();
  }
});
