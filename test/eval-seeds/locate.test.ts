import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkGold } from '../../src/eval/seeds/gold.ts';
import type { SeedGold } from '../../src/eval/seeds/gold.ts';
import { SnippetLocator, sentenceAt } from '../../src/eval/seeds/locate.ts';
import { hasName, nameKeys, normaliseName, withoutTitles } from '../../src/eval/seeds/names.ts';

test('snippets are found across curly quotes, case and space runs, in original offsets', () => {
  const text = 'Intro.\n\nThe council’s  “final word” came late; the council’s staff left.';
  const locator = new SnippetLocator(text);
  const span = locator.locate('council\'s "final word"');
  assert.ok(span);
  assert.equal(text.slice(span.start, span.end), 'council’s  “final word”');
  const second = locator.locate("the council's", 2);
  assert.ok(second);
  assert.equal(second.start, text.lastIndexOf('the council'));
  assert.equal(locator.count("council's"), 2);
  assert.equal(locator.locate('not there'), null);
  assert.equal(locator.locate("the council's", 3), null);
});

test('sentenceAt finds the sentence of an offset, or -1 between sentences', () => {
  const sentences = [{ start: 0, end: 5 }, { start: 7, end: 12 }];
  assert.equal(sentenceAt(sentences, 3), 0);
  assert.equal(sentenceAt(sentences, 7), 1);
  assert.equal(sentenceAt(sentences, 6), -1);
});

test('names compare without case, dots, articles, possessives and titles', () => {
  assert.equal(normaliseName('U.S.'), 'us');
  assert.equal(normaliseName('the Pentagon’s'), 'pentagon');
  assert.equal(withoutTitles(normaliseName('Grand Ayatollah Ali Sistani')), 'ali sistani');
  assert.equal(withoutTitles('general'), 'general');
});

test('checkGold flags bad types, dates, kinds and long snippets', () => {
  const bad = {
    file: 'x.txt', document: 'd', published: '2020-01-01',
    entities: [{ name: 'X', type: 'THING', aliases: ['X'] }, { name: 'X', type: 'ORG', aliases: [] }],
    quotes: [{ snippet: 'one two three four five six seven eight nine ten eleven', speaker: null, kind: 'reported' }],
    events: [{ snippet: 'a', type: 'ASSAULT', date: 'Friday' }],
  } as unknown as SeedGold;
  assert.equal(checkGold(bad).length, 6);
});

test('an owner named in front of a name is dropped for comparison, not a name inside it', () => {
  const keys = nameKeys(["Iran's National Security Council"]);
  assert.ok(keys.has('national security council'));
  assert.ok(hasName(keys, 'National Security Council'));
  assert.equal(hasName(nameKeys(["an adviser to Iran's Khamenei"]), 'Khamenei'), false);
});
