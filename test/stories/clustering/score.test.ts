import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreClustering } from '../../../src/eval/clustering/score.ts';

// Hand-computed: gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
// B-cubed P = (a 1 + b 1 + c 1/3 + d 2/3 + e 2/3) / 5 = 11/15; R = (a 2/3 + b 2/3 + c 1/3 + d 1 + e 1) / 5 = 11/15.
// Pairwise: n_ij = {ab:2, c:1, de:2} → TP = 1 + 0 + 1 = 2; predicted pairs C(2,2)+C(3,2) = 4; gold pairs 3 + 1 = 4.
const gold = ['x', 'x', 'x', 'y', 'y'];
const predicted = ['p', 'p', 'q', 'q', 'q'];

test('scoreClustering: B-cubed on a hand-computed example', () => {
  const s = scoreClustering(gold, predicted);
  assert.ok(Math.abs(s.bcubed.precision - 11 / 15) < 1e-12);
  assert.ok(Math.abs(s.bcubed.recall - 11 / 15) < 1e-12);
  assert.ok(Math.abs(s.bcubed.f1 - 11 / 15) < 1e-12);
});

test('scoreClustering: pairwise on a hand-computed example', () => {
  const s = scoreClustering(gold, predicted);
  assert.equal(s.pairwise.precision, 0.5);
  assert.equal(s.pairwise.recall, 0.5);
  assert.equal(s.pairwise.f1, 0.5);
  assert.equal(s.goldClusters, 2);
  assert.equal(s.predictedClusters, 2);
});

test('scoreClustering: all singletons have B-cubed precision 1 and recall 1/|G|', () => {
  const s = scoreClustering(['x', 'x'], ['a', 'b']);
  assert.equal(s.bcubed.precision, 1);
  assert.equal(s.bcubed.recall, 0.5);
  assert.equal(s.pairwise.recall, 0);
});
