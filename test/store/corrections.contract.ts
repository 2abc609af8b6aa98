/**
 * Entity corrections in the Store, on every back end: each kind shows in the entity list, in records
 * by entity key and speaker, in document annotations and in the document filter; they survive
 * re-analysis and re-ingest; deleting one undoes it; bad ones are refused with the stored data unchanged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnnotationWrite, Store } from '../../src/store/index.ts';
import { StoreError } from '../../src/store/index.ts';
import { splitKey } from '../../src/model/index.ts';
import { makeWrite } from '../helpers/documents.ts';
import { annotationsA, annotationsB, TEXT_A, TEXT_B } from './annotations.contract.ts';

const SOLEIMANI = 'PERSON:qasem soleimani';

function writeOf(annotations: AnnotationWrite['annotations'], corpusKeys: Record<string, string> = {}): AnnotationWrite {
  return { annotations, version: 'v1', corpusKeys: new Map(Object.entries(corpusKeys)), snippets: new Map([['quote/q0', 'the quoted words']]) };
}

/** A fresh store with documents A and B analysed (B's "Soleimani" linked to A's full name). */
async function seeded(newStore: () => Promise<Store>) {
  const store = await newStore();
  const a = makeWrite(TEXT_A, { published: { value: '2020-01-04', precision: 'day' }, source: 'DW' });
  const b = makeWrite(TEXT_B, { published: { value: '2020-01-05', precision: 'day' }, source: 'CNN' });
  await store.writeDocuments([a, b]);
  const ids = { a: a.document.id, b: b.document.id };
  const analyse = () => store.writeAnnotations([writeOf(annotationsA(ids.a)), writeOf(annotationsB(ids.b), { e0: SOLEIMANI })]);
  await analyse();
  return { store, ids, analyse, writes: [a, b] };
}

async function entityNamed(store: Store, name: string) {
  return (await store.listEntities({ limit: 100 })).find((e) => e.name === name);
}

export function runCorrectionsContract(name: string, newStore: () => Promise<Store>): void {
  test(`${name}: merge shows everywhere (list, records by key, annotations, document filter) and survives re-analysis and re-ingest`, async () => {
    const { store, ids, analyse, writes } = await seeded(newStore);
    try {
      const merge = await store.addCorrection({ kind: 'merge', subject: 'ORG:quds force', value: 'GPE:iran', note: 'for the test' });
      assert.equal(merge.kind, 'merge');
      assert.equal(merge.note, 'for the test');
      const check = async (when: string) => {
        const entities = await store.listEntities({ limit: 100 });
        assert.ok(!entities.some((e) => e.key === 'ORG:quds force'), `${when}: the merged key is gone from the list`);
        const iran = entities.find((e) => e.key === 'GPE:iran');
        assert.equal(iran?.documents, 2, `${when}: the target counts both documents`);
        assert.ok(iran?.aliases.includes('Quds Force'), `${when}: the merged name is an alias: ${iran?.aliases}`);
        assert.equal((await store.getAnnotations(ids.b))?.entities.find((e) => e.id === 'e1')?.key, 'GPE:iran', `${when}: annotations`);
        assert.equal((await store.queryRecords('mention', { entityKey: 'GPE:iran' })).length, 2, `${when}: records by entity key`);
        assert.deepEqual((await store.listDocuments({ entity: 'GPE:iran' })).map((d) => d.id).sort(), [ids.a, ids.b].sort(), `${when}: documents by key`);
      };
      await check('after the merge');
      await analyse();
      await check('after re-analysis');
      assert.deepEqual(await store.writeDocuments(writes), ['unchanged', 'unchanged']);
      await check('after re-ingest');
      assert.deepEqual((await store.listCorrections()).map((c) => c.id), [merge.id]);
      assert.equal((await store.deleteCorrection(merge.id))?.id, merge.id);
      assert.ok(await entityNamed(store, 'Quds Force'), 'undone: the entity is back');
      assert.equal((await store.getAnnotations(ids.b))?.entities.find((e) => e.id === 'e1')?.key, 'ORG:quds force');
      assert.equal(await store.deleteCorrection(merge.id), null, 'a second undo finds nothing');
    } finally {
      await store.close();
    }
  });

  test(`${name}: rename and set type show in the list, the type filter, quotes' speaker names and annotations`, async () => {
    const { store, ids, analyse } = await seeded(newStore);
    try {
      await store.addCorrection({ kind: 'rename', subject: 'GPE:iran', value: 'Islamic Republic of Iran' });
      await store.addCorrection({ kind: 'set_type', subject: 'ORG:quds force', value: 'FACILITY' });
      await analyse();
      const iran = await entityNamed(store, 'Islamic Republic of Iran');
      assert.equal(iran?.key, 'GPE:iran');
      assert.ok(iran?.aliases.includes('Iran'), 'the old name is an alias');
      assert.deepEqual((await store.listEntities({ type: 'FACILITY' })).map((e) => e.key), ['ORG:quds force']);
      assert.deepEqual((await store.listEntities({ type: 'ORG' })).map((e) => e.key), []);
      const quotes = await store.queryRecords('quote', { speaker: 'Islamic Republic' });
      assert.deepEqual(quotes.map((q) => q.entityName), ['Islamic Republic of Iran'], 'the speaker is found and shown by the new name');
      const annotations = await store.getAnnotations(ids.a);
      assert.equal(annotations?.entities.find((e) => e.key === 'GPE:iran')?.name, 'Islamic Republic of Iran');
      assert.equal((await store.getAnnotations(ids.b))?.entities.find((e) => e.id === 'e1')?.type, 'FACILITY');
    } finally {
      await store.close();
    }
  });

  test(`${name}: split takes the documents that name it only by the alias, and the alias off the rest`, async () => {
    const { store, ids, analyse } = await seeded(newStore);
    try {
      assert.equal((await store.listEntities({ entityKey: SOLEIMANI }))[0]?.documents, 2);
      const split = await store.addCorrection({ kind: 'split', subject: SOLEIMANI, value: 'soleimani' });
      await analyse();
      const key = splitKey(SOLEIMANI, 'Soleimani');
      const [full] = await store.listEntities({ entityKey: SOLEIMANI });
      const [off] = await store.listEntities({ entityKey: key });
      assert.deepEqual([full?.documents, full?.name, full?.aliases], [1, 'Qassem Soleimani', []]);
      assert.deepEqual([off?.documents, off?.name], [1, 'Soleimani']);
      assert.equal((await store.getAnnotations(ids.b))?.entities[0]?.key, key);
      assert.equal((await store.queryRecords('mention', { entityKey: key }))[0]?.doc, ids.b);
      // The split-off entity can itself be renamed; undoing the split leaves that rename without rows.
      await store.addCorrection({ kind: 'rename', subject: key, value: 'Another Soleimani' });
      assert.equal((await store.listEntities({ entityKey: key }))[0]?.name, 'Another Soleimani');
      await store.deleteCorrection(split.id);
      assert.equal((await store.listEntities({ entityKey: SOLEIMANI }))[0]?.documents, 2, 'undone');
      assert.equal((await store.listEntities({ entityKey: key })).length, 0);
    } finally {
      await store.close();
    }
  });

  test(`${name}: refused corrections say why and change nothing`, async () => {
    const { store } = await seeded(newStore);
    try {
      const refusals: [Parameters<Store['addCorrection']>[0], string, RegExp][] = [
        [{ kind: 'merge', subject: 'GPE:nowhere', value: 'GPE:iran' }, 'unknown-entity', /no entity "GPE:nowhere"/],
        [{ kind: 'merge', subject: 'GPE:iran', value: 'GPE:nowhere' }, 'unknown-entity', /merge into/],
        [{ kind: 'merge', subject: 'GPE:iran', value: 'GPE:iran' }, 'invalid-correction', /itself/],
        [{ kind: 'split', subject: 'GPE:iran', value: 'Persia' }, 'invalid-correction', /never called "Persia"/],
        [{ kind: 'set_type', subject: 'GPE:iran', value: 'COUNTRY' }, 'invalid-correction', /unknown entity type/],
      ];
      for (const [input, code, message] of refusals) {
        await assert.rejects(store.addCorrection(input), (e: unknown) => e instanceof StoreError && e.code === code && message.test(e.message), JSON.stringify(input));
      }
      await store.addCorrection({ kind: 'merge', subject: 'ORG:quds force', value: 'GPE:iran' });
      await assert.rejects(store.addCorrection({ kind: 'merge', subject: 'GPE:iran', value: 'ORG:quds force' }), /no entity "ORG:quds force" to merge into|already merged/);
      await assert.rejects(store.addCorrection({ kind: 'merge', subject: 'ORG:quds force', value: 'GPE:iran' }), /no entity/, 'a merged-away key is no entity any more');
      assert.equal((await store.listCorrections()).length, 1);
      assert.equal((await store.listEntities({ limit: 100 })).length, 4, 'Soleimani, Iran (with Quds Force), Baghdad, Trump');
    } finally {
      await store.close();
    }
  });
}
