import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { pgliteClient } from '../../src/store/pglite.ts';
import { refreshStaleStatistics } from '../../src/store/statistics.ts';

test('planner statistics are taken once the documents table outgrew them by a fifth, and not before', async () => {
  const db = pgliteClient(await PGlite.create());
  try {
    await db.exec('CREATE TABLE documents (id integer PRIMARY KEY)');
    const add = (from: number, to: number) => db.query('INSERT INTO documents SELECT generate_series($1::int, $2::int)', [from, to]);
    const estimate = async () => (await db.query<{ n: number }>("SELECT reltuples::float8 AS n FROM pg_class WHERE relname = 'documents'")).rows[0]?.n;
    await add(1, 100);
    assert.equal(await refreshStaleStatistics(db), false, 'a small store keeps default estimates');
    await add(101, 600);
    assert.equal(await refreshStaleStatistics(db), true, 'never analysed');
    assert.equal(await estimate(), 600);
    assert.equal(await refreshStaleStatistics(db), false, 'fresh');
    await add(601, 700);
    assert.equal(await refreshStaleStatistics(db), false, '+17 % is not stale yet');
    await add(701, 750);
    assert.equal(await refreshStaleStatistics(db), true, '+25 % is');
    assert.equal(await estimate(), 750);
  } finally {
    await db.close();
  }
});
