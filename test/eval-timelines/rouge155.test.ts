import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareSummary, rougeCounts, rougeTokens } from '../../src/eval/timelines/rouge155.ts';

test('tokens: lower-cased, split at non-alphanumerics, stop words dropped, long tokens stemmed', () => {
  assert.deepEqual(rougeTokens(['The rig exploded on April 20, killing 11 workers.']), ['rig', 'explod', 'april', '20', 'kill', '11', 'worker']);
});

test('hyphens split words and are dropped; non-ASCII letters split words', () => {
  assert.deepEqual(rougeTokens(['anti-war café']), ['anti', 'war', 'caf']);
});

test('WordNet exceptions win over Porter', () => {
  // "geese" is in noun.exc (→ goose); Porter alone would give "gees".
  assert.deepEqual(rougeTokens(['geese']), ['goose']);
});

test('a SEE line ends at the first "<", and a sentence starting with "<" is not read', () => {
  assert.deepEqual(rougeTokens(['storm <b>hits</b>', '<i>flood']), ['storm']);
});

test('bigrams cross sentence boundaries and skip removed stop words', () => {
  const s = prepareSummary(['Storm hits.', 'The city floods.']);
  assert.deepEqual([...s.ngrams[1]!.grams.keys()], ['storm hit', 'hit citi', 'citi flood']);
});

test('counts equal ROUGE-1.5.5.pl -m -s -t 2 on a two-sentence example', () => {
  // Perl run (rouge core subs on pyrouge SEE files): ROUGE-1 M 13 P 9 H 4; ROUGE-2 M 12 P 8 H 1.
  const peer = prepareSummary(['The rig exploded on April 20, killing 11 workers.', 'BP said it was  investigating.']);
  const model = prepareSummary(['An explosion on the Deepwater Horizon rig killed eleven workers.', 'BP shares fell sharply; investors were worried.']);
  assert.deepEqual(rougeCounts(peer.ngrams[0]!, model.ngrams[0]!), { hit: 4, peer: 9, model: 13 });
  assert.deepEqual(rougeCounts(peer.ngrams[1]!, model.ngrams[1]!), { hit: 1, peer: 8, model: 12 });
});

test('hits are clipped at the smaller count', () => {
  const peer = prepareSummary(['fire fire fire']);
  const model = prepareSummary(['fire']);
  assert.deepEqual(rougeCounts(peer.ngrams[0]!, model.ngrams[0]!), { hit: 1, peer: 3, model: 1 });
});
