import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences, tokenize } from '../../../src/text/index.ts';
import { parseNerModel, serializeNerModel, tagNames, tagSentences, trainNerModel, type TrainingDocument } from '../../../src/nlp/ner/index.ts';

// Invented sentences; a handful is enough for the perceptron to fit them.
const raw: [string, string][] = [
  ['Maria Lindqvist visited Norland on Tuesday .', 'B-PERSON I-PERSON O B-GPE O O O'],
  ['The Norlandic minister met Maria Lindqvist .', 'O B-NORP O O B-PERSON I-PERSON O'],
  ['Officials of Vexacorp said Norland would respond .', 'O O B-ORG O B-GPE O O O'],
  ['Vexacorp opened an office near the Grey River .', 'B-ORG O O O O O B-LOC I-LOC O'],
  ['Norlandic troops guarded Harbour Bridge .', 'B-NORP O O B-FACILITY I-FACILITY O'],
];
const docs: TrainingDocument[] = [raw.map(([s, t]) => ({ words: s.split(' '), tags: t.split(' ') }))];

for (const direction of ['ltr', 'rtl'] as const) {
  test(`a tiny ${direction} model fits its training sentences and survives a file round trip`, () => {
    const model = trainNerModel(docs, { epochs: 8, seed: 3, minCount: 1, clusters: new Map([['Norland', '0101']]), gazetteer: false, direction, version: 'test' });
    const words = docs[0]!.map((s) => s.words);
    const tags = tagSentences(words, model);
    assert.deepEqual(tags, docs[0]!.map((s) => s.tags));
    const bytes = serializeNerModel(model);
    const parsed = parseNerModel(bytes);
    assert.equal(parsed.direction, direction);
    assert.equal(parsed.version, 'test');
    assert.deepEqual(parsed.tags, model.tags);
    assert.equal(parsed.clusters.get('Norland'), '0101');
    assert.deepEqual(tagSentences(words, parsed), tags);
  });
}

test('training is deterministic for a seed', () => {
  const a = trainNerModel(docs, { epochs: 3, seed: 9, minCount: 1, clusters: new Map(), gazetteer: false, direction: 'ltr', version: 'x' });
  const b = trainNerModel(docs, { epochs: 3, seed: 9, minCount: 1, clusters: new Map(), gazetteer: false, direction: 'ltr', version: 'x' });
  assert.deepEqual(Buffer.from(serializeNerModel(a)), Buffer.from(serializeNerModel(b)));
});

test('tagNames returns typed spans with offsets into the text, one per chunk', () => {
  const model = trainNerModel(docs, { epochs: 8, seed: 3, minCount: 1, clusters: new Map(), gazetteer: false, direction: 'rtl', version: 'test' });
  const text = 'Maria Lindqvist visited Norland on Tuesday.\nVexacorp opened an office near the Grey River.';
  const tokens = tokenize(text);
  const names = tagNames(text, tokens, splitSentences(text, tokens), model);
  assert.deepEqual(names.map((n) => [n.text, n.type]), [['Maria Lindqvist', 'PERSON'], ['Norland', 'GPE'], ['Vexacorp', 'ORG'], ['Grey River', 'LOC']]);
  for (const n of names) assert.equal(text.slice(n.start, n.end), n.text);
});

test('a file that is not a weights file is refused', () => {
  const model = trainNerModel(docs, { epochs: 1, seed: 1, minCount: 1, clusters: new Map(), gazetteer: false, direction: 'ltr', version: 'x' });
  const bytes = serializeNerModel(model);
  assert.throws(() => parseNerModel(bytes.subarray(0, bytes.length - 20)));
  assert.throws(() => parseNerModel(new Uint8Array([1, 2, 3])));
});
