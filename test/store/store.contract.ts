/**
 * One suite for every Store back end (Hono's common.case.test.ts, PGlite's runtimes/base.js):
 * PGlite and PostgreSQL must behave the same to the byte.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/index.ts';
import { makeWrite } from '../helpers/documents.ts';
import { loadMigrations } from '../../src/store/index.ts';

export interface ContractOptions {
  readonly name: string;
  /** Returns an open store on an empty database. */
  readonly newStore: () => Promise<Store>;
}

export function runStoreContract({ name, newStore }: ContractOptions): void {
  let store: Store;

  test(`${name}: opens with every migration applied`, async () => {
    store = await newStore();
    assert.deepEqual(await store.schemaVersions(), loadMigrations().map((m) => m.version));
    assert.equal(await store.countDocuments(), 0);
  });

  test(`${name}: a written document reads back identical, with its raw bytes and warnings`, async () => {
    const write = makeWrite('Qassem Soleimani was killed.\n\nIran vowed “harsh revenge” 🇮🇷.', {
      title: 'Strike', published: { value: '2020-01-03T07:05Z', precision: 'minute' }, source: 'DW',
      agencies: ['AP', 'Reuters'], kind: 'liveblog',
    });
    const withTime = { ...write, document: { ...write.document, passages: write.document.passages.map((p, i) => (i === 1 ? { ...p, kind: 'liveblog_entry' as const, time: '2020-01-03T07:05Z' } : p)) },
      warnings: [{ source: 'ingest.text', code: 'invalid-utf8', reason: '2 bytes replaced', fatal: false }] };
    assert.deepEqual(await store.writeDocuments([withTime]), ['ingested']);
    assert.deepEqual(await store.getDocument(withTime.document.id), withTime.document);
    const raw = await store.getRaw(withTime.document.id);
    assert.deepEqual(raw?.bytes, withTime.raw.bytes);
    const warnings = await store.getWarnings(withTime.document.id);
    assert.deepEqual(warnings.map((w) => `${w.source}/${w.code}`), ['ingest.text/invalid-utf8']);
  });

  test(`${name}: the same raw bytes are stored once`, async () => {
    const write = makeWrite('Same bytes twice.');
    const before = await store.countDocuments();
    assert.deepEqual(await store.writeDocuments([write, write]), ['ingested', 'unchanged']);
    assert.deepEqual(await store.writeDocuments([write]), ['unchanged']);
    assert.equal(await store.countDocuments(), before + 1);
    assert.deepEqual([...(await store.knownRawHashes([write.document.rawSha256, 'f'.repeat(64)]))], [write.document.rawSha256]);
  });

  test(`${name}: the snapshot stays while nothing is written, moves with each commit, and is steady after a failed write`, async () => {
    const quiet = await store.snapshot();
    assert.equal(await store.snapshot(), quiet, 'reads leave it');
    await store.countDocuments();
    assert.equal(await store.snapshot(), quiet);
    assert.deepEqual(await store.writeDocuments([makeWrite('A snapshot moves on.')]), ['ingested']);
    const written = await store.snapshot();
    assert.notEqual(written, quiet, 'a commit moves it');
    const broken = makeWrite('Never stored.');
    await assert.rejects(store.writeDocuments([{ ...broken, document: { ...broken.document, passages: [{ id: 'x', kind: 'paragraph' as const, start: 5, end: 2 }] } }]));
    const after = await store.snapshot();
    assert.equal(await store.snapshot(), after, 'steady again after a rolled-back write');
  });

  test(`${name}: a batch that fails leaves nothing of any of its documents`, async () => {
    const good = makeWrite('A good document.');
    const bad = makeWrite('A bad one.');
    const broken = { ...bad, document: { ...bad.document, passages: [{ id: 'x', kind: 'paragraph' as const, start: 5, end: 2 }] } };
    const before = await store.countDocuments();
    await assert.rejects(store.writeDocuments([good, broken]));
    assert.equal(await store.countDocuments(), before);
    assert.equal(await store.getRaw(good.document.id), null);
    assert.deepEqual(await store.writeDocuments([good]), ['ingested']);
  });

  test(`${name}: documents list in id order with a cursor, and filter by source and kind`, async () => {
    const writes = ['one', 'two', 'three'].map((t) => makeWrite(`Page ${t}.`, { source: 'Cursor Times' }));
    await store.writeDocuments(writes);
    const ids = writes.map((w) => w.document.id).sort();
    const first = await store.listDocuments({ limit: 2, source: 'Cursor Times' });
    const rest = await store.listDocuments({ limit: 2, source: 'Cursor Times', after: first.at(-1)?.id as string });
    assert.deepEqual([...first, ...rest].map((d) => d.id), ids);
    assert.equal((await store.listDocuments({ source: 'Cursor Times', kind: 'liveblog' })).length, 0);
    assert.equal(first[0]?.passages, 1);
  });

  test(`${name}: a unique id prefix finds a document; a short one does not`, async () => {
    const write = makeWrite('Prefix lookup.');
    await store.writeDocuments([write]);
    assert.equal((await store.getDocument(write.document.id.slice(0, 10)))?.id, write.document.id);
    assert.equal(await store.getDocument(write.document.id.slice(0, 3)), null);
    assert.equal(await store.getDocument('d_no_such_document'), null);
  });

  test(`${name}: iterating pages through every document once`, async () => {
    const seen: string[] = [];
    for await (const doc of store.iterateDocuments(2)) seen.push(doc.id);
    assert.equal(seen.length, await store.countDocuments());
    assert.equal(new Set(seen).size, seen.length);
    assert.deepEqual(seen, [...seen].sort());
  });

  test(`${name}: stats count documents by source and kind`, async () => {
    const stats = await store.stats();
    assert.equal(stats.documents, await store.countDocuments());
    assert.equal(stats.bySource.find((s) => s.source === 'Cursor Times')?.documents, 3);
    assert.ok(stats.byKind.some((k) => k.kind === 'liveblog'));
  });

  test(`${name}: closes`, async () => {
    await store.close();
  });
}
