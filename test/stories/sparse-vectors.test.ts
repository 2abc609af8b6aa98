import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dot, fitIdf, vectorize } from '../../src/stories/sparse-vectors.ts';

test('fitIdf: smoothed idf counts a term once per bag, and gives an unseen term the rarest weight', () => {
  const idf = fitIdf([['strike', 'strike', 'base'], ['strike'], ['iran']]);
  const expected = (df: number) => Math.log((1 + 3) / (1 + df)) + 1;
  assert.equal(idf('strike'), expected(2), 'a repeat inside one bag is not a second document');
  assert.equal(idf('base'), expected(1));
  assert.equal(idf('iran'), expected(1));
  assert.equal(idf('baghdad'), expected(0));
});

test('vectorize: unit length, so dot is the cosine; repeats weigh more', () => {
  const idf = fitIdf([['strike', 'base'], ['base']]);
  const v = vectorize(['strike', 'strike', 'base'], idf);
  assert.ok(Math.abs(dot(v, v) - 1) < 1e-12);
  assert.ok((v.get('strike') ?? 0) > (v.get('base') ?? 0));
  assert.equal(dot(v, vectorize(['iran'], idf)), 0);
});
