/** Speech scope: indirect content must be a clause; tweets reproduced as text; inverted attributions with a trailer (invented sentences). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeClause } from '../../../src/nlp/quotes/clause.ts';
import { findTweetEmbeds } from '../../../src/nlp/quotes/tweets.ts';
import { quotesOf, slice, type Named } from './helpers.ts';

const clauseCases: readonly (readonly [string, boolean])[] = [
  ['the strikes were in retaliation for the raid', true],
  ['they could widen the conflict', true],
  ['an airstrike north of the capital hit a convoy', true],
  ['to leave the country at once', true],
  ['that talks would resume', true],
  ['the strike that killed the commander', false],
  ['three days of national mourning', false],
  ['an image of the flag without comment', false],
  ['in a series of posts to critics abroad', false],
  ['the move as a threat to regional stability', false],
  ['Friday', false],
];

for (const [content, expected] of clauseCases) {
  test(`clause check: "${content}" → ${expected}`, () => {
    assert.equal(looksLikeClause(content), expected);
  });
}

test('speech scope drops a cue whose object is a noun phrase, keeps reported clauses and vows', () => {
  const text = 'Norland declared three days of mourning. The ministry said the border was closed. Norland vowed harsh revenge.';
  const contents = quotesOf(text).map((q) => slice(text, q.content));
  assert.ok(!contents.includes('three days of mourning'));
  assert.ok(contents.includes('the border was closed'));
  assert.ok(contents.some((c) => c?.includes('harsh revenge')));
});

test('attribution scope still keeps noun-phrase objects (PolNeAR convention)', () => {
  const text = 'Norland declared three days of mourning.';
  assert.equal(quotesOf(text, [], { scope: 'attribution' }).length, 1);
});

test('a tweet reproduced as text with its embed signature is a direct quote by the account holder', () => {
  const people: readonly Named[] = [{ name: 'Jane Doe', type: 'PERSON' }];
  const text = 'The senator reacted overnight.\n\nWe will not be silent about this strike and we will vote.... — Jane Doe (@janedoe) 5 March 2021\n\nOthers disagreed.';
  const q = quotesOf(text, people).find((x) => x.medium === 'twitter');
  assert.ok(q, 'tweet found');
  assert.equal(slice(text, q.content), 'We will not be silent about this strike and we will vote.');
  assert.equal(q.speaker?.entity, 'e0');
  assert.equal(q.kind, 'direct');
});

test('a dash in ordinary text is no tweet signature', () => {
  assert.equal(findTweetEmbeds('The plan - drafted in May (see above) - failed.\nA second line — Jane Doe said so.').length, 0);
});

test('an inverted attribution may end with a short addressee or medium phrase', () => {
  const people: readonly Named[] = [{ name: 'Rosa Kell', type: 'PERSON' }];
  const text = 'The country is "tired of war," said analyst Rosa Kell to local radio.';
  const q = quotesOf(text, people)[0];
  assert.ok(q);
  assert.equal(q.speaker?.entity, 'e0');
});

test('"X, which pledged …": the relative pronoun speaks for the organisation before it', () => {
  const named: readonly Named[] = [{ name: 'Norland', type: 'GPE' }];
  const text = 'The base is run by Norland, which pledged to send more troops.';
  const q = quotesOf(text, named)[0];
  assert.ok(q);
  assert.equal(q.speaker?.entity, 'e0');
});

test('a speaker phrase is right-headed: the person after an organisation tagged as a person wins', () => {
  const named: readonly Named[] = [{ name: 'Brook', type: 'PERSON' }, { name: 'Ana Pell', type: 'PERSON' }];
  const text = 'Brook Institute fellow Ana Pell said the talks were stalled.';
  assert.equal(quotesOf(text, named)[0]?.speaker?.entity, 'e1');
});
