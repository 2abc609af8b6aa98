import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../../../src/model/index.ts';
import { copyGroups, DuplicateIndex, findDuplicates, newestVersions, passageBody, toDuplicateRecords, versionOf } from '../../../src/stories/duplicates/index.ts';
import { makeDoc } from './build.ts';
import { CHROME_A, CHROME_B, ENTRIES, label, SAME_TOPIC, WIRE_BODY } from './fixtures.ts';

const courier = (id: string, parts: readonly string[], meta: Partial<Document> = {}) =>
  makeDoc(id, parts, { source: 'Daily Courier', published: { value: '2026-03-03', precision: 'day' }, ...meta });

/** Two snapshots of one live blog: the later one has two more entries, and prints every label an hour earlier. */
function snapshots(): { early: Document; late: Document } {
  const intro = 'Northern mayors meet in Harwick to press the government on rail funding for the region.';
  const early = makeDoc('dearly', [intro, ...[3, 2, 1, 0].map((i) => ({ text: label(`1${i}:00`, ENTRIES[i] as string), time: `2026-03-03T1${i}:00Z` }))], { source: 'DW', published: { value: '2026-03-03', precision: 'day' } });
  const late = makeDoc('dlate', [intro, ...[5, 4, 3, 2, 1, 0].map((i) => ({ text: label(`${String(i + 9).padStart(2, '0')}:00`, ENTRIES[i] as string), time: `2026-03-03T${String(i + 9).padStart(2, '0')}:00Z` }))], { source: 'DW', published: { value: '2026-03-03', precision: 'day' } });
  return { early, late };
}

test('duplicates: a leading live-blog time label is not part of the passage body', () => {
  for (const labelled of ['08:05 Iran said', '8.05pm - Iran said', 'Updated at 08:05 GMT: Iran said', '08:05\nIran said']) {
    const doc = makeDoc('d1', [{ text: labelled, time: '2026-01-01T08:05Z' }]);
    assert.equal(passageBody(doc, doc.passages[0]!).trim(), 'Iran said', labelled);
  }
  const paragraph = makeDoc('d2', ['08:05 is when the train left']);
  assert.equal(passageBody(paragraph, paragraph.passages[0]!), '08:05 is when the train left');
});

test('duplicates: the same text from one outlet twice is an exact duplicate', () => {
  const { pairs } = findDuplicates([courier('da', WIRE_BODY), courier('db', WIRE_BODY.map((p) => p.replace(/,/g, ' ,')))]);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0]!.kind, 'exact');
  assert.equal(pairs[0]!.score, 1);
});

test('duplicates: two snapshots of one live blog, labels an hour apart, are versions sharing their entries', () => {
  const { early, late } = snapshots();
  assert.match(late.text, /^09:00 Welcome/m); // the same entry is labelled 10:00 in the early snapshot
  assert.match(early.text, /^10:00 Welcome/m);
  for (const order of [[early, late], [late, early]]) {
    const { pairs, records } = findDuplicates(order);
    assert.equal(pairs.length, 1, 'one relation');
    const pair = pairs[0]!;
    assert.equal(pair.kind, 'version');
    assert.deepEqual(pair.docs, ['dearly', 'dlate'], 'older first, whichever arrived first');
    const shared = new Set(pair.passages.map((m) => m.passages.join(' ')));
    // every entry of the early snapshot (p1–p4: entries 3, 2, 1, 0) is found in the late one (p3–p6)
    for (const [a, b] of [['p1', 'p3'], ['p2', 'p4'], ['p3', 'p5'], ['p4', 'p6']]) assert.ok(shared.has(`dearly.${a} dlate.${b}`), `${a} ~ ${b}`);
    assert.ok(pair.coverage[0] > 0.95, `the early snapshot is contained: ${pair.coverage[0]}`);
    assert.equal(records.length, 1);
    assert.deepEqual(records[0]!.docs, ['dearly', 'dlate']);
    assert.deepEqual(versionOf(pairs).get('dlate'), 'dearly');
    assert.deepEqual(newestVersions(pairs).get('dearly'), 'dlate');
  }
});

test('duplicates: a wire story run by two outlets with different page chrome is a wire copy', () => {
  const a = makeDoc('dcourier', [...CHROME_A.slice(0, 2), ...WIRE_BODY, ...CHROME_A.slice(2)], { source: 'Daily Courier', agencies: ['AP'] });
  const b = makeDoc('dherald', [CHROME_B[0]!, `MARLOW VALE (AP) — ${WIRE_BODY[0]}`, ...WIRE_BODY.slice(1, 3), CHROME_B[1]!, ...WIRE_BODY.slice(3), ...CHROME_B.slice(2)], { source: 'Evening Herald', agencies: ['AP'] });
  const { pairs, records } = findDuplicates([a, b]);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0]!.kind, 'wire');
  assert.ok(pairs[0]!.score >= 0.8, `score ${pairs[0]!.score}`);
  assert.deepEqual(records.map((r) => [r.kind, r.docs]), [['wire', ['dcourier', 'dherald']]]);
});

test('duplicates: a trimmed wire copy (first three paragraphs) still counts as the same story', () => {
  const a = makeDoc('dfull', WIRE_BODY, { source: 'Daily Courier' });
  const b = makeDoc('dshort', WIRE_BODY.slice(0, 3), { source: 'Evening Herald' });
  const [pair] = findDuplicates([a, b]).pairs;
  assert.equal(pair?.kind, 'wire');
  assert.equal(pair?.coverage[1], 1);
});

test('duplicates: three outlets running one story make one wire record of three documents', () => {
  const docs = ['Courier', 'Herald', 'Gazette'].map((s) => makeDoc(`d${s}`, [`${s} staff and agencies`, ...WIRE_BODY], { source: s }));
  const { records } = findDuplicates(docs);
  assert.equal(records.length, 1);
  assert.equal(records[0]!.kind, 'wire');
  assert.deepEqual([...records[0]!.docs].sort(), ['dCourier', 'dGazette', 'dHerald']);
});

test('duplicates: an unrelated article on the same topic is no duplicate', () => {
  const index = new DuplicateIndex();
  index.add(makeDoc('dwire', WIRE_BODY, { source: 'Daily Courier' }));
  index.add(makeDoc('dother', [...SAME_TOPIC], { source: 'Daily Courier' }));
  index.add(makeDoc('dthird', [...SAME_TOPIC.slice(0, 2), ...WIRE_BODY.slice(4)], { source: 'Evening Herald' }));
  assert.deepEqual(index.query(makeDoc('dnew', [...SAME_TOPIC].reverse(), { source: 'Evening Herald' })).filter((p) => p.docs.includes('dwire')), []);
  assert.deepEqual(findDuplicates([makeDoc('dwire', WIRE_BODY, { source: 'Daily Courier' }), makeDoc('dother', SAME_TOPIC, { source: 'Evening Herald' })]).pairs, []);
});

test('duplicates: an edited copy whose outlet is unknown is a near duplicate, not a version or wire', () => {
  const edited = WIRE_BODY.map((p, i) => (i === 2 ? p.replace('faster than anyone expected', 'much faster than we thought') : p));
  const { pairs } = findDuplicates([makeDoc('dknown', WIRE_BODY, { source: 'Daily Courier' }), makeDoc('dunknown', edited)]);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0]!.kind, 'near');
  assert.ok(pairs[0]!.jaccard > 0.6 && pairs[0]!.jaccard < 1, `jaccard ${pairs[0]!.jaccard}`);
});

test('duplicates: an updated article from the same URL is a version, the later one second', () => {
  const url = 'https://courier.example/news/flood';
  const first = courier('dv1', WIRE_BODY.slice(0, 3), { url, published: { value: '2026-03-03T06:00Z', precision: 'minute' } });
  const update = courier('dv2', [...WIRE_BODY.slice(0, 3), ...WIRE_BODY.slice(3)], { url: `${url}?update=1`, source: null, published: { value: '2026-03-03T09:30Z', precision: 'minute' } });
  const [pair] = findDuplicates([update, first]).pairs;
  assert.equal(pair?.kind, 'version');
  assert.deepEqual(pair?.docs, ['dv1', 'dv2']);
});

test('duplicates: query leaves the index unchanged; adding the same id twice reports nothing new', () => {
  const index = new DuplicateIndex();
  const doc = courier('dq', WIRE_BODY);
  assert.deepEqual(index.query(doc), []);
  assert.equal(index.size, 0);
  index.add(doc);
  assert.deepEqual(index.add(doc), []);
  assert.equal(index.query(courier('dq2', WIRE_BODY))[0]?.kind, 'exact');
});

test('duplicates: records keep the shared passages and round the score', () => {
  const { early, late } = snapshots();
  const [record] = toDuplicateRecords(findDuplicates([early, late]).pairs);
  assert.ok(record?.passages && record.passages.length >= 4);
  assert.equal(record?.score, Math.round((record?.score ?? 0) * 1000) / 1000);
});

test('duplicates: a page that is one chrome line is no version of every page of its outlet', () => {
  const chrome = 'An ultra-low latency infrastructure for electronic trading and data distribution from our company';
  const { pairs } = findDuplicates([courier('dchrome', [chrome]), courier('dstory', [...WIRE_BODY, chrome])]);
  assert.deepEqual(pairs, []);
});

test('duplicates: a follow-up that reuses background paragraphs of the same outlet is no version', () => {
  const followUp = [SAME_TOPIC[0]!, ...WIRE_BODY.slice(2, 5)]; // 3 of 5 wire paragraphs reused: ~0.7 of its words
  const { pairs } = findDuplicates([courier('dfirst', WIRE_BODY), courier('dfollow', followUp)]);
  assert.deepEqual(pairs.map((p) => p.kind), []);
  assert.equal(findDuplicates([courier('dfirst', WIRE_BODY), courier('dfollow', followUp)], { versionCoverage: 0.6 }).pairs.length, 1, 'it is the 0.8 bar that rejects it');
  // …while a copy at the same URL with the same share is an update of that page
  const url = 'https://courier.example/flood';
  const update = findDuplicates([courier('dfirst', WIRE_BODY, { url }), courier('dfollow', followUp, { url, published: { value: '2026-03-04', precision: 'day' } })]).pairs;
  assert.deepEqual(update.map((p) => [p.kind, ...p.docs]), [['version', 'dfirst', 'dfollow']]);
});

test('duplicates: the same outlet running one template report a week later is near, not a version', () => {
  const monday = courier('dmon', WIRE_BODY, { published: { value: '2026-03-02', precision: 'day' } });
  const nextMonday = courier('dnext', WIRE_BODY.map((p) => p.replace('400 people', '300 people')), { published: { value: '2026-03-09', precision: 'day' } });
  assert.deepEqual(findDuplicates([monday, nextMonday]).pairs.map((p) => p.kind), ['near']);
  const sameDay = courier('dlater', WIRE_BODY.map((p) => p.replace('400 people', '300 people')), { published: { value: '2026-03-02T18:00Z', precision: 'minute' } });
  assert.deepEqual(findDuplicates([monday, sameDay]).pairs.map((p) => p.kind), ['version']);
});

test('copyGroups: wire, exact and near groups share a key; versions stay apart', () => {
  const groups = copyGroups([
    { kind: 'wire', docs: ['a', 'b', 'c'], score: 0.9 },
    { kind: 'version', docs: ['d', 'e'], score: 0.8 },
    { kind: 'near', docs: ['f', 'g'], score: 0.6 },
  ]);
  assert.deepEqual([...groups], [['a', 'copies:a'], ['b', 'copies:a'], ['c', 'copies:a'], ['f', 'copies:f'], ['g', 'copies:f']]);
});
