import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTimeline, dayOf, sentenceDays, toTimelineRecords, trimDateline } from '../../../src/stories/timeline/index.ts';
import { article } from './build.ts';

const QUAKE = 'A strong earthquake struck the coastal city of Marenko on Monday , flattening hundreds of buildings .';
const ARTICLES = [
  article('a1', 'bbc', '2020-01-07', [
    [QUAKE, ['Monday', '2020-01-06']],
    ['Rescue teams from four countries arrived in Marenko on Wednesday to search the rubble .', ['Wednesday', '2020-01-08']],
  ]),
  article('a2', 'reuters', '2020-01-07', [
    ['The earthquake that hit Marenko on January 6 killed at least 200 people , officials said .', ['January 6', '2020-01-06']],
  ]),
  article('a3', 'reuters', '2020-01-09', [
    ['Aftershocks rattled Marenko again after the earthquake of January 6 destroyed the old harbour .', ['January 6', '2020-01-06']],
    ['The government declared three days of national mourning for the earthquake victims on Thursday .', ['Thursday', '2020-01-09']],
  ]),
];

test('dayOf: days from DATE and TIME values only', () => {
  assert.equal(dayOf({ type: 'DATE', value: '2010-04-20' }), '2010-04-20');
  assert.equal(dayOf({ type: 'TIME', value: '2010-04-20TMO' }), '2010-04-20');
  assert.equal(dayOf({ type: 'DATE', value: '2010-W16' }), null);
  assert.equal(dayOf({ type: 'DATE', value: '2010-04' }), null);
  assert.equal(dayOf({ type: 'DURATION', value: 'P2D' }), null);
});

test('sentenceDays: the first day named inside each sentence', () => {
  const a = ARTICLES[0]!;
  assert.deepEqual(sentenceDays(a.annotations.sentences, a.annotations.timexes), ['2020-01-06', '2020-01-08']);
});

test('the day most articles name comes first; each sentence is cited by doc and span', () => {
  const items = buildTimeline(ARTICLES, { maxDates: 1, perDate: 1 });
  assert.equal(items.length, 1);
  const [item] = items;
  assert.equal(item!.date, '2020-01-06');
  assert.equal(item!.mentions, 3);
  assert.equal(item!.sources, 2); // bbc and reuters: two outlets, three articles
  const s = item!.sentences[0]!;
  const doc = ARTICLES.find((a) => a.doc.id === s.doc)!.doc;
  assert.equal(doc.text.slice(s.start, s.end), s.text);
});

test('at most N dates and K sentences per date, sorted by date', () => {
  const items = buildTimeline(ARTICLES, { maxDates: 3, perDate: 2 });
  assert.deepEqual(items.map((i) => i.date), ['2020-01-06', '2020-01-08', '2020-01-09']);
  assert.ok(items.every((i) => i.sentences.length >= 1 && i.sentences.length <= 2));
});

test('the window and the keywords restrict dates and sentences', () => {
  const windowed = buildTimeline(ARTICLES, { maxDates: 5, perDate: 1, window: { start: '2020-01-07', end: '2020-01-31' } });
  assert.ok(windowed.every((i) => i.date >= '2020-01-07'));
  const rescue = buildTimeline(ARTICLES, { maxDates: 5, perDate: 3, keywords: ['rescue'] });
  assert.deepEqual(rescue.map((i) => i.date), ['2020-01-08']);
});

test('a sentence already printed (or nearly) is not printed again', () => {
  const copies = [0, 1, 2].map((n) => article(`c${n}`, `outlet${n}`, '2020-01-07', [[QUAKE, ['Monday', '2020-01-06']]]));
  const items = buildTimeline(copies, { maxDates: 1, perDate: 3 });
  assert.equal(items[0]!.sentences.length, 1);
});

test('a wire dateline is cut off the cited span', () => {
  const text = 'BEIRUT ( Reuters ) - Syrian forces fired on protesters .';
  const span = trimDateline(text, 0, text.length);
  assert.equal(text.slice(span.start, span.end), 'Syrian forces fired on protesters .');
  const plain = 'Syrian forces fired on protesters .';
  assert.deepEqual(trimDateline(plain, 0, plain.length), { start: 0, end: plain.length });
});

test('no dates asked, no timeline', () => {
  assert.deepEqual(buildTimeline(ARTICLES, { maxDates: 0, perDate: 2 }), []);
});

test('export records: one per date, citations in code points, sources carried over', () => {
  const items = buildTimeline(ARTICLES, { maxDates: 2, perDate: 1 });
  const docs = new Map(ARTICLES.map((a) => [a.doc.id, a.doc]));
  const records = toTimelineRecords('s1', items, docs);
  assert.equal(records.length, 2);
  assert.deepEqual(records[0]!.date, { value: '2020-01-06', precision: 'day' });
  assert.equal(records[0]!.sources, 2);
  const c = records[0]!.citations[0]!;
  assert.equal([...docs.get(c.doc)!.text].slice(c.start, c.end).join(''), records[0]!.text);
});

test('copies of one wire story printed by two outlets count as one source', () => {
  const wire = 'The earthquake that hit Marenko on January 6 killed at least 200 people , officials said .';
  const articles = [
    article('w1', 'dailyplanet', '2020-01-07', [[wire, ['January 6', '2020-01-06']]]),
    article('w2', 'morningpost', '2020-01-07', [[wire, ['January 6', '2020-01-06']]]),
    article('own', 'bbc', '2020-01-07', [[QUAKE, ['Monday', '2020-01-06']]]),
  ];
  assert.equal(buildTimeline(articles, { maxDates: 1, perDate: 1 })[0]!.sources, 3);
  const copies = new Map([['w1', 'copies:w1'], ['w2', 'copies:w1']]);
  assert.equal(buildTimeline(articles, { maxDates: 1, perDate: 1, copyGroups: copies })[0]!.sources, 2);
});

test('the same sentence in other documents is cited beside the printed one; a different sentence is not', () => {
  const wire = 'The earthquake that hit Marenko on January 6 killed at least 200 people , officials said .';
  const articles = [
    article('w1', 'dailyplanet', '2020-01-07', [[wire, ['January 6', '2020-01-06']]]),
    article('w2', 'morningpost', '2020-01-07', [[wire, ['January 6', '2020-01-06']]]),
    article('own', 'bbc', '2020-01-07', [[QUAKE, ['Monday', '2020-01-06']]]),
  ];
  const [item] = buildTimeline(articles, { maxDates: 1, perDate: 1 });
  // two of three articles carry the wire sentence: it is the day's most central one
  const printed = item!.sentences[0]!;
  assert.equal(printed.text, wire);
  const cited = [printed.doc, ...printed.alsoIn.map((c) => c.doc)].sort();
  assert.deepEqual(cited, ['w1', 'w2']);
  for (const c of printed.alsoIn) {
    const doc = articles.find((a) => a.doc.id === c.doc)!.doc;
    assert.equal(doc.text.slice(c.start, c.end), printed.text);
  }
  const [record] = toTimelineRecords('s-1', [item!], new Map(articles.map((a) => [a.doc.id, a.doc])));
  assert.equal(record!.citations.length, cited.length);
});
