import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldEntity } from '../../src/eval/seeds/gold.ts';
import { SnippetLocator } from '../../src/eval/seeds/locate.ts';
import type { LocatedQuote } from '../../src/eval/seeds/score-quotes.ts';
import { scoreQuotes } from '../../src/eval/seeds/score-quotes.ts';
import { annotations, entity, quote } from './build.ts';

const TEXT = 'Karim Vasseghi said the talks were over. "We will answer," he added. Observers say the port is closed. The Ministry of Ports said ships would wait.';
const ENTITIES: GoldEntity[] = [
  { name: 'Karim Vasseghi', type: 'PERSON', aliases: ['Karim Vasseghi', 'Vasseghi'] },
  { name: 'Ministry of Ports', type: 'ORG', aliases: ['Ministry of Ports'] },
];
const locator = new SnippetLocator(TEXT);
function gold(snippet: string, speaker: string | null, alt?: (string | null)[]): LocatedQuote {
  return { gold: { snippet, speaker, kind: 'direct', ...(alt ? { alt_speakers: alt } : {}) }, span: locator.locate(snippet) };
}
const PEOPLE = [entity('e0', 'PERSON', 'Karim Vasseghi', ['Vasseghi']), entity('e1', 'ORG', 'Ministry of Ports')];

test('content holding the snippet and the speaker resolved to the gold entity', () => {
  const s = scoreQuotes([gold('talks were over', 'Karim Vasseghi'), gold('We will answer', 'Karim Vasseghi')], ENTITIES, annotations({
    entities: PEOPLE,
    quotes: [
      quote('q0', TEXT, 'the talks were over', { text: 'Karim Vasseghi', entity: 'e0' }),
      quote('q1', TEXT, 'We will answer,', { text: 'he', entity: 'e0' }),
    ],
  }));
  assert.deepEqual(s.counts, { correct: 2, predicted: 2, found: 2, gold: 2 });
});

test('an unresolved pronoun is the wrong speaker', () => {
  const s = scoreQuotes([gold('We will answer', 'Karim Vasseghi')], ENTITIES, annotations({
    entities: PEOPLE, quotes: [quote('q0', TEXT, 'We will answer,', { text: 'he', entity: null })],
  }));
  assert.deepEqual(s.counts, { correct: 0, predicted: 1, found: 0, gold: 1 });
  assert.deepEqual(s.missed, ['We will answer']);
});

test('content that does not hold the whole snippet misses', () => {
  const s = scoreQuotes([gold('talks were over', 'Karim Vasseghi')], ENTITIES, annotations({
    entities: PEOPLE, quotes: [quote('q0', TEXT, 'the talks', { text: 'Karim Vasseghi', entity: 'e0' })],
  }));
  assert.equal(s.counts.found, 0);
});

test('an unnamed gold speaker wants no resolved speaker', () => {
  const goldQuotes = [gold('the port is closed', null)];
  const unnamed = scoreQuotes(goldQuotes, ENTITIES, annotations({ quotes: [quote('q0', TEXT, 'the port is closed', { text: 'Observers', entity: null })] }));
  assert.equal(unnamed.counts.found, 1);
  const misattributed = scoreQuotes(goldQuotes, ENTITIES, annotations({
    entities: PEOPLE, quotes: [quote('q0', TEXT, 'the port is closed', { text: 'Observers', entity: 'e0' })],
  }));
  assert.equal(misattributed.counts.found, 0);
});

test('an unresolved speaker written like the gold one, and alternative speakers, count', () => {
  const s = scoreQuotes([gold('ships would wait', 'Ministry of Ports')], ENTITIES, annotations({
    quotes: [quote('q0', TEXT, 'ships would wait', { text: 'The Ministry of Ports', entity: null })],
  }));
  assert.equal(s.counts.found, 1);
  const alt = scoreQuotes([gold('ships would wait', 'Harbour Authority', ['Ministry of Ports'])], ENTITIES, annotations({
    entities: PEOPLE, quotes: [quote('q0', TEXT, 'ships would wait', { text: 'the ministry', entity: 'e1' })],
  }));
  assert.equal(alt.counts.found, 1);
});

test('one prediction may find several gold quotes; a stray prediction is wrong', () => {
  const s = scoreQuotes([gold('talks were over', 'Karim Vasseghi'), gold('We will answer', 'Karim Vasseghi')], ENTITIES, annotations({
    entities: PEOPLE,
    quotes: [
      quote('q0', TEXT, 'the talks were over. "We will answer,"', { text: 'Vasseghi', entity: 'e0' }),
      quote('q1', TEXT, 'the port is closed', { text: 'Observers', entity: null }),
    ],
  }));
  assert.deepEqual(s.counts, { correct: 1, predicted: 2, found: 2, gold: 2 });
});

test('a snippet missing from the text is a miss', () => {
  const s = scoreQuotes([gold('no such words', 'Karim Vasseghi')], ENTITIES, annotations({ entities: PEOPLE, quotes: [] }));
  assert.deepEqual(s.counts, { correct: 0, predicted: 0, found: 0, gold: 1 });
});

test('a resolved speaker is judged by its entity, not by the words of its text', () => {
  const s = scoreQuotes([gold('ships would wait', 'Ministry of Ports')], ENTITIES, annotations({
    entities: PEOPLE, quotes: [quote('q0', TEXT, 'ships would wait', { text: 'The Ministry of Ports', entity: 'e0' })],
  }));
  assert.equal(s.counts.found, 0);
});
