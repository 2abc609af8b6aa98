import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBrat } from '../../../src/eval/quotes/brat.ts';
import { emptyTally, f1, scoreDocument } from '../../../src/eval/quotes/score.ts';

// An invented article and annotation in PolNeAR's brat layout (a discontinuous content, a continuation line).
const text = '"We are ready," the mayor said, "and we will stay."\nOfficials said the road was closed.';
const ann = [
  'T1\tContent 0 15;32 51\t"We are ready," "and we will stay."',
  'T2\tSource 16 25\tthe mayor',
  'T3\tCue 26 30\tsaid',
  'T4\tAttribution 26 30\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  'T5\tSource 52 61\tOfficials',
  'T6\tCue 62 66\tsaid',
  'T7\tContent 67 86\tthe road was\nclosed',
  'T8\tAttribution 62 66\tsaid',
  'E2\tAttribution:T8 Cue:T6 Content:T7 Source:T5',
].join('\n');

test('brat reader keeps discontinuous fragments and skips continuation lines', () => {
  const gold = parseBrat(ann, text);
  assert.equal(gold.length, 2);
  assert.deepEqual(gold[0]!.content, [{ start: 0, end: 15 }, { start: 32, end: 51 }]);
  assert.deepEqual(gold[1]!.source, [{ start: 52, end: 61 }]);
});

test('exact, linked and linked-overlap scores', () => {
  const gold = parseBrat(ann, text);
  const tally = emptyTally();
  const pred = [
    { source: [{ start: 20, end: 25 }], cue: [{ start: 26, end: 30 }], content: [{ start: 0, end: 15 }] }, // overlapping source, partial content
    { source: [{ start: 52, end: 61 }], cue: [{ start: 62, end: 66 }], content: [{ start: 67, end: 86 }] }, // exact
  ];
  scoreDocument(text, pred, gold, tally);
  assert.equal(f1(tally.linked).f, 0.5);
  assert.equal(f1(tally.linkedOverlap).f, 1);
  assert.equal(tally.exact.source.tp, 1);
  assert.equal(tally.exact.content.tp, 2);
  assert.equal(tally.exact.content.gold, 3);
});
