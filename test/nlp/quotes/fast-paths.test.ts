/** Pins the behaviour the speed tricks of the quote stage must keep (README, Speed). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLayout } from '../../../src/nlp/quotes/layout.ts';
import { findTweetEmbeds } from '../../../src/nlp/quotes/tweets.ts';
import { splitSentences, tokenize } from '../../../src/text/index.ts';
import { quotesOf, slice } from './helpers.ts';

test('tweet embeds: found with a signature, none without `(@`', () => {
  const text = 'The harbour is open again and the ferries run on time. — Ana Ruiz (@anaruiz) May 3, 2024\n\nThe port reopened on Friday.';
  const embeds = findTweetEmbeds(text);
  assert.equal(embeds.length, 1);
  assert.equal(slice(text, embeds[0]?.speaker), 'Ana Ruiz');
  assert.equal(slice(text, embeds[0]?.cue), '(@anaruiz)');
  assert.deepEqual(findTweetEmbeds('The harbour is open again. — Ana Ruiz, May 3, 2024'), []);
});

test('layout: first and last token of each sentence', () => {
  const text = 'The port reopened. Ferries ran late.\nA storm is due.';
  const tokens = tokenize(text);
  const layout = buildLayout(text, tokens, splitSentences(text, tokens));
  assert.deepEqual([...layout.sentenceFirst], [0, 4, 8]);
  assert.deepEqual([...layout.sentenceLast], [3, 7, 12]);
  assert.deepEqual([...layout.paragraphOf], [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
});

test('a quotation without a cue counts from six words, and takes no medium from another sentence', () => {
  const six = quotesOf('The council met on Monday. "We will rebuild every bridge this year."');
  assert.equal(six.length, 1);
  assert.equal(six[0]?.cue, null);
  assert.deepEqual(quotesOf('The council met on Monday. "We will rebuild the bridges."'), []);
  const [q] = quotesOf('The mayor spoke on Twitter. Later the mayor said the bridge would reopen.');
  assert.equal(slice('The mayor spoke on Twitter. Later the mayor said the bridge would reopen.', q?.cue), 'said');
  assert.equal(q?.medium, undefined);
});
