/**
 * Annotation bundles (migration 0011, src/store/annotation-bundle.ts): a document's annotations read
 * the same from its stored bundle, from its rows when no bundle is stored (a row written before the
 * migration, or by an older Storyline), and from the bundle the migration fills in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import { loadMigrations } from '../../src/store/index.ts';
import { pgliteClient } from '../../src/store/pglite.ts';
import { openSqlStore } from '../../src/store/sql-store.ts';
import { makeWrite } from '../helpers/documents.ts';
import { annotationsA, annotationsB, TEXT_A, TEXT_B } from './annotations.contract.ts';

test('annotations read alike from stored bundles, from rows without one, and from bundles the migration fills', async () => {
  const db = await PGlite.create();
  const store = await openSqlStore(pgliteClient(db), { backend: 'pglite', location: 'memory://', toBytea: (bytes) => bytes });
  try {
    const a = makeWrite(TEXT_A, { published: { value: '2020-01-04', precision: 'day' }, source: 'DW' });
    const b = makeWrite(TEXT_B, { published: { value: '2020-01-05', precision: 'day' }, source: 'CNN' });
    await store.writeDocuments([a, b]);
    const ids = [a.document.id, b.document.id];
    await store.writeAnnotations([
      { annotations: annotationsA(ids[0]!), version: 'v1', corpusKeys: new Map(), snippets: new Map() },
      { annotations: annotationsB(ids[1]!), version: 'v1', corpusKeys: new Map([['e0', 'PERSON:qasem soleimani']]), snippets: new Map() },
    ]);
    const bundles = async () => (await db.query<{ doc_id: string; bundle: string | null }>('SELECT doc_id, bundle FROM analyses ORDER BY doc_id')).rows;
    const written = await bundles();
    assert.ok(written.every((r) => r.bundle !== null), 'an analysis write stores its bundle');
    const fromBundles = await store.getAnnotationsOf(ids);
    assert.deepEqual(fromBundles.get(ids[0]!), annotationsA(ids[0]!));
    assert.equal(fromBundles.get(ids[1]!)?.entities[0]?.key, 'PERSON:qasem soleimani', 'the corpus key, as the rows hold it');

    await db.exec('UPDATE analyses SET bundle = NULL');
    assert.deepEqual(await store.getAnnotationsOf(ids), fromBundles, 'no bundle stored: built from the rows, the same');

    const migration = loadMigrations().find((m) => m.version === 11);
    assert.ok(migration);
    await db.exec(migration.sql.replace(/^ALTER TABLE analyses ADD COLUMN bundle text;$/m, ''));
    assert.deepEqual(await bundles(), written, "the migration's bundles are the ones an analysis write stores");
  } finally {
    await store.close();
  }
});
