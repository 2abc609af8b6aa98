import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldEvent } from '../../src/eval/seeds/gold.ts';
import { SnippetLocator } from '../../src/eval/seeds/locate.ts';
import type { LocatedEvent } from '../../src/eval/seeds/score-events.ts';
import { dateWithin, scoreEventDates } from '../../src/eval/seeds/score-events.ts';
import { splitSentences, tokenize } from '../../src/text/index.ts';
import { annotations, event } from './build.ts';

const TEXT = 'Rebels shelled the port on Sunday. The navy said it would respond. Analysts expect more clashes. Sanctions have long weighed on trade.';
const SENTENCES = splitSentences(TEXT, tokenize(TEXT));
const locator = new SnippetLocator(TEXT);
function gold(snippet: string, date: string | null, accept?: string[]): LocatedEvent {
  const g: GoldEvent = { snippet, type: 'ASSAULT', date, ...(accept ? { accept } : {}) };
  return { gold: g, span: locator.locate(snippet) };
}
const GOLD = [gold('Rebels shelled the port', '2020-03-01'), gold('it would respond', '2020-03-02', ['2020-03-03']), gold('Sanctions have long weighed', null)];

test('the setup has four sentences', () => assert.equal(SENTENCES.length, 4));

test('right dates in the right sentences', () => {
  const s = scoreEventDates(GOLD, SENTENCES, annotations({ events: [event('v0', TEXT, 'shelled', '2020-03-01'), event('v1', TEXT, 'respond', '2020-03-03')] }));
  assert.deepEqual(s.counts, { correct: 2, predicted: 2, found: 2, gold: 2 });
});

test('a wrong date is wrong in both directions', () => {
  const s = scoreEventDates(GOLD, SENTENCES, annotations({ events: [event('v0', TEXT, 'shelled', '2020-03-04')] }));
  assert.deepEqual(s.counts, { correct: 0, predicted: 1, found: 0, gold: 2 });
  assert.deepEqual(s.missed, ['Rebels shelled the port', 'it would respond']);
});

test('the right date in another sentence does not count', () => {
  const s = scoreEventDates(GOLD, SENTENCES, annotations({ events: [event('v0', TEXT, 'said', '2020-03-01')] }));
  assert.equal(s.counts.found, 0);
  assert.equal(s.counts.correct, 0);
});

test('a dated event where gold sees none is a false positive; undated gold sentences and undated predictions are left out', () => {
  const s = scoreEventDates(GOLD, SENTENCES, annotations({
    events: [event('v0', TEXT, 'clashes', '2020-03-05'), event('v1', TEXT, 'weighed', '2019-01-01'), event('v2', TEXT, 'shelled', null)],
  }));
  assert.deepEqual(s.counts, { correct: 0, predicted: 1, found: 0, gold: 2 });
  assert.deepEqual(s.inGoldSentences, { correct: 0, predicted: 0 });
});

test('duplicate predictions of one date in one sentence count once', () => {
  const s = scoreEventDates(GOLD, SENTENCES, annotations({ events: [event('v0', TEXT, 'shelled', '2020-03-01'), event('v1', TEXT, 'port', '2020-03-01')] }));
  assert.deepEqual(s.counts, { correct: 1, predicted: 1, found: 1, gold: 2 });
});

test('a more precise value within the gold value matches; a coarser one does not', () => {
  assert.equal(dateWithin('2020-03-01', '2020-03'), true);
  assert.equal(dateWithin('2020-03-01T07:05', '2020-03-01'), true);
  assert.equal(dateWithin('2020-03', '2020-03-01'), false);
  assert.equal(dateWithin('2020-03-10', '2020-03-1'), false);
});
