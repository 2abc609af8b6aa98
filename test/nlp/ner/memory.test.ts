import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeatureIds, featureNames, MAX_FEATURES_PER_TOKEN, templatesOf } from '../../../src/nlp/ner/features.ts';
import { DocumentMemory, typesOfBits } from '../../../src/nlp/ner/memory.ts';

test('the document memory keeps the last type and every type seen', () => {
  const m = new DocumentMemory();
  m.remember('Jordan', 'GPE');
  m.remember('Jordan', 'PERSON');
  m.remember('Jordan', 'PERSON');
  assert.equal(m.lastType('Jordan'), 'PERSON');
  assert.deepEqual(typesOfBits(m.seenTypes('Jordan')), ['PERSON', 'GPE']);
  assert.equal(m.lastType('Amman'), undefined);
  assert.equal(m.seenTypes('Amman'), 0);
});

test('the integer-id path yields the seen-type features of the string path', () => {
  const words = ['Jordan', 'said', 'Jordan', 'would', 'vote'];
  const tags = ['O', 'B-PERSON', 'I-PERSON', 'B-GPE', 'I-GPE'];
  const t = templatesOf(words, new Map());
  const index = new Map<string, number>();
  for (let i = 0; i < words.length; i++) for (const name of featureNames(t, i, null, 'O', 'O', 'PERSON', ['PERSON', 'GPE'])) if (!index.has(name)) index.set(name, index.size);
  const ids = new FeatureIds(index, new Map(), tags);
  const prepared = ids.prepare(words, null);
  const m = new DocumentMemory();
  m.remember('Jordan', 'GPE');
  m.remember('Jordan', 'PERSON');
  const out = new Int32Array(MAX_FEATURES_PER_TOKEN);
  const n = ids.collect(prepared, 2, 0, 0, m.lastType('Jordan'), out, m.seenTypes('Jordan'));
  const expected = featureNames(t, 2, null, 'O', 'O', 'PERSON', typesOfBits(m.seenTypes('Jordan'))).map((x) => index.get(x)!);
  assert.deepEqual([...out.subarray(0, n)].sort((a, b) => a - b), expected.sort((a, b) => a - b));
  assert.ok(expected.includes(index.get('Dseen=GPE')!));
});
