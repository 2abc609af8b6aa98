/** analyseStored over a store: stale-only by default, --all redoes, worker threads give the same result, surnames link across documents. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPgliteStore } from '../../src/store/index.ts';
import { analyseStored } from '../../src/pipeline/index.ts';
import { makeWrite } from '../helpers/documents.ts';

const TEXTS = [
  'Iranian General Qassem Soleimani was killed in a US drone strike near Baghdad airport on Friday, the Pentagon said.\n\n"This was a defensive action," Defense Secretary Mark Esper told reporters.',
  'Soleimani had led the Quds Force for two decades.\n\nThousands of mourners gathered in Tehran on Sunday, and Iran vowed harsh revenge.',
  'Oil prices jumped 4 percent after the strike.\n\nGerman Foreign Minister Heiko Maas urged restraint.',
];

async function storeWithDocs() {
  const store = await openPgliteStore('memory://');
  const writes = TEXTS.map((t) => makeWrite(t, { published: { value: '2020-01-05', precision: 'day' } }));
  await store.writeDocuments(writes);
  return { store, ids: writes.map((w) => w.document.id) };
}

test('analyse: annotates the unanalysed documents once; --all redoes them', async () => {
  const { store, ids } = await storeWithDocs();
  try {
    const first = await analyseStored(store, { workers: 0 });
    assert.deepEqual([first.analysed, first.failed], [3, 0]);
    for (const id of ids) assert.ok(await store.getAnnotations(id), id);
    assert.equal((await analyseStored(store, { workers: 0 })).analysed, 0, 'nothing stale the second time');
    assert.equal((await analyseStored(store, { workers: 0, all: true })).analysed, 3);
    const people = await store.listEntities({ type: 'PERSON' });
    const soleimani = people.find((p) => p.name.includes('Soleimani'));
    assert.ok(soleimani, JSON.stringify(people.map((p) => p.name)));
    assert.equal(soleimani.documents, 2, 'the surname-only document links to the full name of the other');
  } finally {
    await store.close();
  }
});

test('analyse: worker threads store exactly what one thread stores', async () => {
  const inline = await storeWithDocs();
  const pooled = await storeWithDocs();
  try {
    await analyseStored(inline.store, { workers: 0 });
    const summary = await analyseStored(pooled.store, { workers: 2, batchSize: 2 });
    assert.equal(summary.workers, 2);
    assert.equal(summary.analysed, 3);
    for (const [i, id] of inline.ids.entries()) {
      const a = await inline.store.getAnnotations(id);
      const b = await pooled.store.getAnnotations(pooled.ids[i] as string);
      assert.deepEqual({ ...b, doc: id }, a);
    }
  } finally {
    await inline.store.close();
    await pooled.store.close();
  }
});
