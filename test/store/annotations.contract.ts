/**
 * The annotation layers of the Store, on every back end: write, replace, read back, filter, and
 * corpus-level entities merged by key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotations } from '../../src/model/index.ts';
import type { AnnotationWrite, Store } from '../../src/store/index.ts';
import { makeWrite } from '../helpers/documents.ts';

export const TEXT_A = 'Qassem Soleimani was killed in Baghdad on Friday. "We will respond," Iran said.';
export const TEXT_B = 'Soleimani led the Quds Force. Trump said the strike was justified.';

export function annotationsA(doc: string): Annotations {
  return {
    doc,
    sentences: [{ start: 0, end: 49 }, { start: 50, end: 79 }],
    entities: [
      { id: 'e0', type: 'PERSON', name: 'Qassem Soleimani', aliases: [], roles: [{ title: 'General' }], key: 'PERSON:qasem soleimani' },
      { id: 'e1', type: 'GPE', name: 'Baghdad', aliases: [], roles: [], country: 'IQ', geo: { lat: 33.34, lon: 44.4 }, key: 'GPE:baghdad' },
      { id: 'e2', type: 'GPE', name: 'Iran', aliases: ['Tehran'], roles: [], country: 'IR', key: 'GPE:iran' },
    ],
    mentions: [
      { entity: 'e0', start: 0, end: 16, text: 'Qassem Soleimani' },
      { entity: 'e1', start: 31, end: 38, text: 'Baghdad' },
      { entity: 'e2', start: 69, end: 73, text: 'Iran' },
    ],
    quotes: [{ id: 'q0', start: 50, end: 79, content: { start: 51, end: 66 }, cue: { start: 74, end: 78 }, speaker: { start: 69, end: 73, text: 'Iran', entity: 'e2' }, kind: 'direct' }],
    timexes: [{ id: 't0', start: 42, end: 48, text: 'Friday', type: 'DATE', value: '2020-01-03', anchor: '2020-01-04' }],
    events: [{ id: 'v0', start: 0, end: 49, trigger: { start: 24, end: 30 }, type: 'ASSAULT', cameo: '19', target: 'e0', place: 'e1', date: { value: '2020-01-03', precision: 'day', from: 'timex', timex: 't0' }, intensity: -10 },
      { id: 'v1', start: 50, end: 79, trigger: { start: 60, end: 67 }, type: 'THREATEN', cameo: '13', actor: 'e2', date: { value: '2020-01-04', precision: 'day', from: 'published' }, intensity: -7, reportedBy: 'q0' }],
    facts: [],
    stances: [{ id: 's0', start: 50, end: 79, actor: 'e2', stance: 'threatens', toward: 'document' }],
  };
}

export function annotationsB(doc: string): Annotations {
  return {
    doc,
    sentences: [{ start: 0, end: 29 }, { start: 30, end: 66 }],
    entities: [
      { id: 'e0', type: 'PERSON', name: 'Soleimani', aliases: [], roles: [], key: 'PERSON:~soleimani' },
      { id: 'e1', type: 'ORG', name: 'Quds Force', aliases: [], roles: [], key: 'ORG:quds force' },
      { id: 'e2', type: 'PERSON', name: 'Trump', aliases: [], roles: [], key: 'PERSON:~trump' },
    ],
    mentions: [{ entity: 'e0', start: 0, end: 9, text: 'Soleimani' }, { entity: 'e1', start: 18, end: 28, text: 'Quds Force' }, { entity: 'e2', start: 30, end: 35, text: 'Trump' }],
    quotes: [{ id: 'q0', start: 30, end: 66, content: { start: 41, end: 65 }, cue: { start: 36, end: 40 }, speaker: { start: 30, end: 35, text: 'Trump', entity: 'e2' }, kind: 'indirect' }],
    timexes: [], events: [], facts: [{ id: 'f0', start: 0, end: 9, quantity: 3000, unit: 'troops', about: 'troops' }], stances: [],
  };
}

function writeOf(annotations: Annotations, corpusKeys: Record<string, string> = {}): AnnotationWrite {
  return { annotations, version: 'v1', corpusKeys: new Map(Object.entries(corpusKeys)), snippets: new Map([['quote/q0', 'the quoted words']]) };
}

export function runAnnotationContract(name: string, getStore: () => Store): void {
  test(`${name}: annotations round-trip, are replaced on re-analysis, and mark the document analysed`, async () => {
    const store = getStore();
    const a = makeWrite(TEXT_A, { published: { value: '2020-01-04', precision: 'day' }, source: 'DW' });
    const b = makeWrite(TEXT_B, { published: { value: '2020-01-05', precision: 'day' }, source: 'CNN' });
    await store.writeDocuments([a, b]);
    const idA = a.document.id;
    const idB = b.document.id;
    assert.deepEqual((await store.listUnanalysed('v1', 10)).filter((id) => id === idA || id === idB).sort(), [idA, idB].sort());
    await store.writeAnnotations([writeOf(annotationsA(idA))]);
    await store.writeAnnotations([writeOf(annotationsA(idA)), writeOf(annotationsB(idB), { e0: 'PERSON:qasem soleimani' })]);
    assert.deepEqual(await store.getAnnotations(idA), annotationsA(idA));
    assert.equal(await store.getAnnotations('nope'), null);
    assert.ok(!(await store.listUnanalysed('v1', 10)).includes(idA));
    assert.ok((await store.listUnanalysed('v2', 10)).includes(idA), 'a newer version makes it stale');
    const counts = await store.countAnalysed('v1');
    assert.ok(counts.current >= 2 && counts.any >= counts.current);
    const b2 = await store.getAnnotations(idB);
    assert.equal(b2?.entities[0]?.key, 'PERSON:qasem soleimani', 'the linked corpus key is what reads back');
    const many = await store.getAnnotationsOf([idB, 'nope', idA]);
    assert.deepEqual([...many.keys()].sort(), [idA, idB].sort(), 'unanalysed ids are absent');
    assert.deepEqual(many.get(idA), await store.getAnnotations(idA), 'read together, each document reads as alone');
    assert.deepEqual(many.get(idB), b2);
    assert.equal((await store.getAnnotationsOf([])).size, 0);
  });

  test(`${name}: corpus entities merge documents by key, with names, aliases and counts`, async () => {
    const store = getStore();
    const people = await store.listEntities({ type: 'PERSON' });
    const soleimani = people.find((p) => p.key === 'PERSON:qasem soleimani');
    assert.ok(soleimani, JSON.stringify(people));
    assert.equal(soleimani.name, 'Qassem Soleimani');
    assert.deepEqual(soleimani.aliases, ['Soleimani']);
    assert.equal(soleimani.documents, 2);
    assert.equal(soleimani.mentions, 2);
    const byAlias = await store.listEntities({ entity: 'tehran' });
    assert.deepEqual(byAlias.map((e) => e.key), ['GPE:iran']);
    assert.equal(byAlias[0]?.country, 'IR');
    assert.deepEqual(await store.corpusKeysBySurname('PERSON', ['soleimani']), ['PERSON:qasem soleimani']);
  });

  test(`${name}: a partial corpus key can be pointed at a full one later`, async () => {
    const store = getStore();
    assert.equal(await store.relinkCorpusKey('PERSON:~trump', 'PERSON:donald trump'), 1);
    assert.equal(await store.relinkCorpusKey('PERSON:~nobody', 'PERSON:no body'), 0);
    const trump = await store.listEntities({ entity: 'trump' });
    assert.deepEqual(trump.map((e) => e.key), ['PERSON:donald trump']);
    const [doc] = trump[0]?.documents === 1 ? await store.listDocuments({ entity: 'PERSON:donald trump' }) : [];
    assert.ok(doc);
    const read = await store.getAnnotations(doc.id);
    assert.equal(read?.entities.find((e) => e.name === 'Trump')?.key, 'PERSON:donald trump', 'the document\'s annotations read the new key too');
  });

  test(`${name}: documents filter by an entity's stored key alone, or by part of its name or alias`, async () => {
    const store = getStore();
    const stored = await store.getDocuments((await store.listDocuments({ limit: 100 })).map((d) => d.id));
    const idOf = (text: string) => stored.find((d) => d.text === text)?.id ?? assert.fail(`no document "${text}"`);
    const [idA, idB] = [idOf(TEXT_A), idOf(TEXT_B)];
    const ids = async (entity: string) => (await store.listDocuments({ entity, limit: 50 })).map((d) => d.id).filter((id) => id === idA || id === idB).sort();
    assert.deepEqual(await ids('GPE:iran'), [idA], 'a stored key: its documents');
    assert.deepEqual(await ids('tehran'), [idA], 'an alias');
    assert.deepEqual(await ids('qassem'), [idA, idB].sort(), 'part of a name: every document of the entity, under any of its names');
    assert.deepEqual(await ids('PERSON:qasem soleimani'), [idA, idB].sort());
    assert.deepEqual(await ids('GPE:atlantis'), [], 'a key that is stored nowhere matches no name either');
    const searched = await store.search({ text: 'Soleimani', entity: 'GPE:iran', limit: 10 });
    assert.deepEqual(searched.hits.map((h) => h.document.id), [idA], 'search filters alike');
  });

  test(`${name}: records filter by layer, entity, speaker, type, document and dates`, async () => {
    const store = getStore();
    const quotes = await store.queryRecords('quote');
    assert.equal(quotes.length, 2);
    const bySpeaker = await store.queryRecords('quote', { speaker: 'trump' });
    assert.deepEqual(bySpeaker.map((q) => q.entityName), ['Trump']);
    assert.equal(bySpeaker[0]?.docSource, 'CNN');
    const direct = await store.queryRecords('quote', { type: 'direct' });
    assert.deepEqual(direct.map((q) => q.snippet), ['the quoted words']);
    const aboutSoleimani = await store.queryRecords('event', { entity: 'Soleimani' });
    assert.deepEqual(aboutSoleimani.map((e) => [e.type, e.targetName]), [['ASSAULT', 'Qassem Soleimani']]);
    const early = await store.queryRecords('event', { to: '2020-01-03' });
    assert.deepEqual(early.map((e) => e.type), ['ASSAULT']);
    const late = await store.queryRecords('event', { from: '2020-01-04' });
    assert.deepEqual(late.map((e) => e.type), ['THREATEN']);
    const timesAboutBaghdad = await store.queryRecords('timex', { entity: 'baghdad' });
    assert.deepEqual(timesAboutBaghdad.map((t) => t.date), ['2020-01-03']);
    const stances = await store.queryRecords('stance', { speaker: 'iran' });
    assert.deepEqual(stances.map((s) => s.type), ['threatens']);
    const facts = await store.queryRecords('fact', { from: '2020-01-05', to: '2020-01-05' });
    assert.equal(facts.length, 1, 'records without a date use the publication date');
    await assert.rejects(store.queryRecords('quote', { document: 'dnothere00' }), /no document/);
    const first = quotes[0];
    assert.ok(first);
    assert.equal((await store.queryRecords('quote', { document: first.doc })).length, 1);
    assert.equal((await store.queryRecords('quote', { entity: "x%' OR '1'='1" })).length, 0, 'user text is a parameter, never SQL');
  });
}
