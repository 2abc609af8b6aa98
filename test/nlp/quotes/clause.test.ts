import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeClause } from '../../../src/nlp/quotes/clause.ts';

// Invented contents; the words are read one at a time, so endings (`… to`) and early answers both count.
const CASES: [string, boolean][] = [
  ['', false],
  ['restraint', false],
  ['plans to', false],
  ['the strike that killed him', false],
  ['the alleged attack', false],
  ['the talks would resume', true],
  ['Iran to leave the deal', true],
  ['that the road was closed', true],
  ['the army retaliated', true],
  ['three days of mourning', false],
  ['calls to', false],
];

test('looksLikeClause: case table', () => {
  for (const [content, expected] of CASES) assert.equal(looksLikeClause(content), expected, content);
});

test('looksLikeClause: the same answer when asked twice (no state left between calls)', () => {
  for (const [content, expected] of CASES) assert.equal(looksLikeClause(content), expected, content);
});
