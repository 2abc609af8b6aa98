import assert from 'node:assert/strict';
import { test } from 'node:test';
import { porterStem } from '../../src/eval/timelines/porter.ts';

// Expected stems are what ROUGE-1.5.5.pl's `stem` returns (checked by running the Perl sub on these words).
test('Porter steps 1–5 as in ROUGE-1.5.5', () => {
  const cases: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', hopping: 'hop', filing: 'file', yelling: 'yell',
    relational: 'relat', generalization: 'gener', adjustment: 'adjust', yes: 'ye', yyy: 'yyi',
  };
  for (const [word, stem] of Object.entries(cases)) assert.equal(porterStem(word), stem, word);
});

test('ROUGE variant: -ement is removed whole, not as -ment then -ent', () => {
  assert.equal(porterStem('agreement'), 'agreem');
});

test('words shorter than 3 characters are returned unchanged', () => {
  assert.equal(porterStem('is'), 'is');
});
