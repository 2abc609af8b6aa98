import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { relateStored } from '../../src/pipeline/index.ts';
import { openPostgresStore } from '../../src/store/index.ts';
import { makeWrite } from '../helpers/documents.ts';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/postgres.ts';
import { runRelateContract } from './relate.contract.ts';

const scratches: ScratchDatabase[] = [];
after(async () => {
  for (const s of scratches) await s.drop();
});

runRelateContract('postgres', async () => {
  const scratch = await createScratchDatabase();
  scratches.push(scratch);
  return openPostgresStore(scratch.url);
});

test('postgres relate: two writers relating one database at once place each document once', async () => {
  const scratch = await createScratchDatabase();
  scratches.push(scratch);
  const [a, b] = [await openPostgresStore(scratch.url), await openPostgresStore(scratch.url)];
  try {
    const topics = ['volcano ash crater villages evacuated Kerava', 'cup final goal striker Rovers stadium'];
    const writes = Array.from({ length: 16 }, (_, i) => makeWrite(`${topics[i % 2]} report ${i}. ${topics[i % 2]} again.`, { source: `Outlet ${i}` }));
    await a.writeDocuments(writes);
    const [first, second] = await Promise.all([relateStored(a, { batchSize: 4 }), relateStored(b, { batchSize: 4 })]);
    assert.equal(first.related + second.related, 16);
    assert.equal(first.failed + second.failed, 0);
    const corpus = await a.relate((session) => session.clusterCorpus());
    assert.equal(corpus.documents, 16, 'the clusterer counted every document once');
    const stories = await a.listStories();
    assert.equal(stories.reduce((sum, s) => sum + s.documents, 0), 16);
  } finally {
    await a.close();
    await b.close();
  }
});
