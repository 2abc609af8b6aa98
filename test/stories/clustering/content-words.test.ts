import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentWords, normaliseWord } from '../../../src/stories/clustering/content-words.ts';

const CASES: [string, string][] = [
  ['economies', 'economy'],
  ['talks', 'talk'],
  ['crisis', 'crisis'],
  ['press', 'press'],
  ["Reid's", 'reid'],
];
for (const [word, expected] of CASES) test(`normaliseWord: ${word} → ${expected}`, () => assert.equal(normaliseWord(word), expected));

test('contentWords: drops stop words, adds bigrams of adjacent capitalised words; names are capitalised words not opening a sentence', () => {
  const { terms, names } = contentWords('The actress Tara Reid entered rehab. Reid said nothing.');
  assert.deepEqual([...terms.keys()].sort(), ['actress', 'entered', 'nothing', 'rehab', 'reid', 'tara', 'tara reid']);
  assert.equal(terms.get('reid'), 2);
  assert.deepEqual([...names.entries()].sort(), [['reid', 1], ['tara', 1]]);
});

test('contentWords: a Title-Case headline yields no names', () => {
  assert.equal(contentWords('Bitcoin Exchange Mt. Gox Seeks US Bankruptcy Relief').names.size, 0);
  assert.deepEqual([...contentWords('Bitcoin exchange Mt. Gox seeks bankruptcy relief').names.keys()], ['mt', 'gox']);
});

test('contentWords: a hyphenated word counts as itself and as its parts (stop-word parts dropped)', () => {
  const { terms } = contentWords('Quillon-Marbeck merger approved; up-to-date filings');
  assert.equal(terms.get('quillon-marbeck'), 1);
  assert.equal(terms.get('quillon'), 1);
  assert.equal(terms.get('marbeck'), 1);
  assert.equal(terms.has('up'), false);
  assert.equal(terms.get('date'), 1);
});

test('contentWords: dateline words (months, published, time zones) are no terms', () => {
  const { terms } = contentWords('Published: June 7, 2013 4:59 PM EDT\nKerava volcano erupts');
  assert.deepEqual([...terms.keys()].sort(), ['erupt', 'kerava', 'volcano']);
});
