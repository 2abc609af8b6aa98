/**
 * The server's answer cache (src/server/snapshot-cache.ts), as the search route uses it, answers
 * from what it keeps only while nothing was written: a document ingested or an entity corrected — by another process over the same
 * PostgreSQL database — makes the next search compute afresh and see it. Counted by the searches the
 * store runs, not by timing. Run alone (scripts/run-tests.js, `*.serial.test.ts`): a commit by any other
 * test in any database of the PostgreSQL server moves the snapshot too, and "nothing written" would not hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore, type SearchQuery, type SearchResult, type Store } from '../../src/store/index.ts';
import { ingestAnalyseRelate } from '../../src/pipeline/index.ts';
import { parametersKey, SnapshotCache, type SnapshotCacheOptions } from '../../src/server/snapshot-cache.ts';
import { createScratchDatabase } from '../helpers/postgres.ts';

const REPORT = (outlet: string, extra: string) => JSON.stringify({
  url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/ferry`, title: 'Ferry strike halts crossings to Brinmoor', published: '2031-05-14', source: outlet,
  text: `Ferry crews walked out on Wednesday, halting every crossing to Brinmoor island, the operator Selkie Lines said.

"We will not sail until the rosters are fixed," the union leader Ewan Tallis told reporters at the harbour.

${extra}`,
});

/**
 * The store, with a count of the searches it runs, and a gate: while `hold()`'s release is not called,
 * searches wait before they start (so a test can have two requests meet one computation).
 */
function counting(store: Store): { store: Store; searches: () => number; snapshots: () => number; hold: () => () => void } {
  let searches = 0;
  let snapshots = 0;
  let gate: Promise<void> = Promise.resolve();
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'search') return async (q: Parameters<Store['search']>[0]) => { searches++; await gate; return target.search(q); };
      if (key === 'snapshot') return async () => { const s = await target.snapshot(); snapshots++; return s; };
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const hold = () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    return release;
  };
  return { store: counted, searches: () => searches, snapshots: () => snapshots, hold };
}

/** Searches through a cache as routes/search.ts does: one answer per distinct query. */
function cachedSearch(store: Store, options?: SnapshotCacheOptions): { search: (q: SearchQuery) => Promise<SearchResult> } {
  const cache = new SnapshotCache<SearchResult>(store, options);
  return { search: (q) => cache.get(parametersKey(q), () => store.search(q)) };
}

test('a kept search answer is served until another process writes to the database', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-search-cache-'));
  const db = await createScratchDatabase();
  const writer = await openPostgresStore(db.url);
  const server = await openPostgresStore(db.url);
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  try {
    assert.equal((await ingestAnalyseRelate(writer, [file('a.json', REPORT('Island Herald', 'Freight piled up on the quay.'))], {})).failed, false);
    const { store, searches, snapshots, hold } = counting(server);
    const cache = cachedSearch(store);

    const first = await cache.search({ text: 'ferry strike', limit: 10 });
    assert.equal(first.hits.length, 1);
    assert.equal(await cache.search({ text: 'ferry strike', limit: 10 }), first, 'nothing written: the kept answer');
    assert.equal(searches(), 1);
    await cache.search({ text: 'ferry strike', limit: 10, offset: 1 });
    await cache.search({ text: 'ferry strike', limit: 10, source: 'Island Herald' });
    assert.equal(searches(), 3, 'another page or filter is another search');

    assert.equal((await ingestAnalyseRelate(writer, [file('b.json', REPORT('Coast Daily', 'Ferry passengers queued at dawn.'))], {})).failed, false);
    const second = await cache.search({ text: 'ferry strike', limit: 10 });
    assert.equal(searches(), 4, 'a document ingested by another process: computed afresh');
    assert.deepEqual(second.hits.map((h) => h.document.source).sort(), ['Coast Daily', 'Island Herald']);

    const tallis = second.facets?.entity.find((e) => /Tallis/.test(e.label));
    assert.ok(tallis, 'the union leader is an entity facet');
    await writer.addCorrection({ kind: 'rename', subject: tallis.value, value: 'Ewan R. Tallis' });
    const renamed = await cache.search({ text: 'ferry strike', limit: 10 });
    assert.equal(searches(), 5, 'a correction by another process: computed afresh');
    assert.ok(renamed.facets?.entity.some((e) => e.label === 'Ewan R. Tallis'), 'the facet shows the corrected name');
    await cache.search({ text: 'ferry strike', limit: 10 });
    assert.equal(searches(), 5);

    const one = cachedSearch(store, { maxEntries: 1 });
    await one.search({ text: 'ferry', limit: 5 });
    await one.search({ text: 'harbour', limit: 5 });
    await one.search({ text: 'ferry', limit: 5 });
    assert.equal(searches(), 8, 'maxEntries 1: the older answer is dropped');
    const none = cachedSearch(store, { maxEntries: 0 });
    const release = hold();
    const before = snapshots();
    const both = Promise.all([none.search({ text: 'quay', limit: 5 }), none.search({ text: 'quay', limit: 5 })]);
    while (snapshots() < before + 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const [a, b] = await both;
    assert.equal(a, b, 'concurrent identical searches share one computation');
    assert.equal(searches(), 9);
    await none.search({ text: 'quay', limit: 5 });
    assert.equal(searches(), 10, 'maxEntries 0: nothing kept');
  } finally {
    await server.close();
    await writer.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
