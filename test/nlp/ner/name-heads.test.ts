import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentLabels } from '../../../src/nlp/ner/document-labels.ts';
import { nameHeadLabels } from '../../../src/nlp/ner/name-heads.ts';

/** `word/label,label` for each token (labels empty for most). */
function labelled(sentence: string): string {
  const words = sentence.split(' ');
  const labels = nameHeadLabels(words);
  return words.map((w, i) => (labels[i]!.length > 0 ? `${w}/${labels[i]!.join(',')}` : w)).join(' ');
}

const cases: readonly [sentence: string, expected: string, why: string][] = [
  ['we landed at Marlow Creek Airport today', 'we landed at Marlow/head:fac Creek/head:fac Airport/head:fac today', 'the last word is the head'],
  ['boats crossed the Gulf of Varna', 'boats crossed the Gulf/head:loc of/head:loc Varna/head:loc', 'the head comes before `of`'],
  ['The Ministry of the Interior said', 'The Ministry/head:org of/head:org the/head:org Interior/head:org said', '`the` after a connector stays inside; the sentence-initial `The` does not'],
  ['Dana Holt met Kiri Lane', 'Dana Holt met Kiri/head:fac Lane/head:fac', 'a run ends at a lower-case word'],
  ['Dana Holt spoke', 'Dana Holt spoke', 'a run whose head announces nothing gets no label'],
  ['the Airport was closed', 'the Airport was closed', 'a one-token run gets no label'],
  ['Port Ellis and the river', 'Port Ellis and the river', 'a connector must be followed by a capitalised word'],
  ['Tovan Bank of Ruel and Co', 'Tovan/head:org Bank/head:org of/head:org Ruel/head:org and/head:org Co/head:org', 'the first `of` fixes the head'],
];

test('name heads: the head word of a capitalised run labels every token of it', () => {
  for (const [sentence, expected, why] of cases) assert.equal(labelled(sentence), expected, why);
});

test('name heads reach the tagger through the document labels', () => {
  const labels = documentLabels([['near', 'Osk', 'River', 'and', 'beyond']]);
  assert.deepEqual(labels[0], [[], ['doc:inner', 'head:loc'], ['doc:inner', 'head:loc'], [], []]);
});

test('name heads: a leading cue word speaks when the last word does not', () => {
  assert.equal(labelled('near Lake Orvo today'), 'near Lake/head:loc Orvo/head:loc today');
  assert.equal(labelled('near Lake Orvo Airport'), 'near Lake/head:fac Orvo/head:fac Airport/head:fac', 'the head wins over the lead');
});
