import assert from 'node:assert/strict';
import { test } from 'node:test';
import { approximateRouge1, averageOverTasks, dateScores, scoreTimeline, type Timeline } from '../../src/eval/timelines/align.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

test('content similarity: case-sensitive unigram F1, punctuation-only tokens dropped', () => {
  close(approximateRouge1(['sun'], ['sun red']), 2 / 3);
  close(approximateRouge1(['Sun .'], ['sun']), 0);
  close(approximateRouge1([], ['sun']), 0);
});

// Hand-computed: pred 01-01 aligns to ref 01-01 (cost 0); pred 01-03 to ref 01-02 (cost ½·(1 − ⅔) < ⅔).
// AR-1 P = (1·1 + ½·1) / (2 + 1) = 0.5; R = (1·1 + ½·1) / (2 + 2) = 0.375.
test('AR-1 / AR-2 with many-to-one alignment, weighted by date distance', () => {
  const pred: Timeline = new Map([['2010-01-01', ['cat dog']], ['2010-01-03', ['sun']]]);
  const ref: Timeline = new Map([['2010-01-01', ['cat red']], ['2010-01-02', ['sun red']]]);
  const s = scoreTimeline(pred, ref);
  close(s.rouge[0]!.precision, 0.5);
  close(s.rouge[0]!.recall, 0.375);
  close(s.rouge[1]!.precision, 0);
  close(s.rouge[1]!.recall, 0);
  assert.deepEqual(s.date, { precision: 0.5, recall: 0.5 });
});

test('several predicted dates may align to one reference date (many-to-one)', () => {
  const pred: Timeline = new Map([['2010-01-01', ['cat']], ['2010-01-02', ['cat']]]);
  const ref: Timeline = new Map([['2010-01-01', ['cat']]]);
  const s = scoreTimeline(pred, ref);
  close(s.rouge[0]!.precision, (1 + 0.5) / 2);
  close(s.rouge[0]!.recall, 1);
});

test('identical timelines score 1', () => {
  const tl: Timeline = new Map([['2011-02-11', ['Mubarak resigns as president']], ['2011-01-25', ['Protesters fill Tahrir Square']]]);
  const s = scoreTimeline(tl, tl);
  close(s.rouge[0]!.precision, 1);
  close(s.rouge[1]!.recall, 1);
  assert.deepEqual(s.date, { precision: 1, recall: 1 });
});

test('date F1 counts exact days only', () => {
  assert.deepEqual(dateScores(['2010-01-01', '2010-01-05', '2010-01-09'], ['2010-01-01', '2010-01-06']), { precision: 1 / 3, recall: 0.5 });
});

test('task averaging: F1 of the mean precision and the mean recall, not the mean of F1s', () => {
  const avg = averageOverTasks([{ precision: 1, recall: 0 }, { precision: 0, recall: 1 }]);
  close(avg.f1, 0.5);
});
