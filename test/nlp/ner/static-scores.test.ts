import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeatureIds, featureNames, MAX_FEATURES_PER_TOKEN, templatesOf, visitWordFeatures, WORD_FEATURE_TEMPLATES } from '../../../src/nlp/ner/features.ts';
import { scoreInto } from '../../../src/nlp/ner/decode.ts';
import { RoleScoreSlabs, roleSums } from '../../../src/nlp/ner/static-scores.ts';
import { seededRandom } from '../../../src/nlp/ner/random.ts';

const tags = ['O', 'B-PERSON', 'I-PERSON', 'B-GPE', 'I-GPE'];
const T = tags.length;
const clusters = new Map([['Tehran', '0001110101011110'], ['met', '1010'], ['in', '110']]);
const sentences = [
  ['Iranian', 'officials', 'met', 'Qasem', 'Soleimani', 'in', 'Tehran', '.'],
  ['Tehran', 'said', 'a|b', 'officials', 'met', 'in', 'Tehran'],
  ['Met'],
];
const gazetteer = (words: readonly string[]): string[][] => words.map((w) => (w === 'Tehran' ? ['B-capital'] : w === 'Iranian' ? ['B-demonym'] : []));

/** An index of every feature the sentences can produce under a few histories, with random weights. */
function model(): { index: Map<string, number>; weights: Float32Array } {
  const index = new Map<string, number>();
  for (const words of sentences) {
    const t = templatesOf(words, clusters);
    for (let i = 0; i < words.length; i++) {
      for (const p of tags) for (const name of featureNames(t, i, gazetteer(words), p, 'O', 'GPE', ['PERSON'])) if (!index.has(name)) index.set(name, index.size);
    }
  }
  const random = seededRandom(3);
  const weights = Float32Array.from({ length: index.size * T }, () => Math.round((random() - 0.5) * 2000) / 100);
  return { index, weights };
}

test('role sums plus combo and history rows equal the scores of every collected id', () => {
  const { index, weights } = model();
  const ids = new FeatureIds(index, clusters, tags);
  const slabs = new RoleScoreSlabs(T);
  const buffer = new Int32Array(MAX_FEATURES_PER_TOKEN);
  const expected = new Float64Array(T);
  for (const words of [...sentences, ...sentences]) {
    const prepared = ids.prepare(words, gazetteer(words));
    const got = new Float64Array(T);
    for (let i = 0; i < words.length; i++) {
      for (const [p, p2, d, seen] of [[0, 0, undefined, 0], [1, 0, 'PERSON', 1], [3, 1, 'GPE', 3]] as const) {
        scoreInto(weights, T, buffer, ids.collect(prepared, i, p, p2, d, buffer, seen), expected);
        const n = ids.collectHistory(prepared, i, p, p2, d, buffer, ids.comboIds(prepared, i, buffer, 0), seen);
        roleSums(prepared, i, weights, T, slabs, got);
        for (let j = 0; j < n; j++) for (let t = 0; t < T; t++) got[t]! += weights[buffer[j]! * T + t]!;
        for (let t = 0; t < T; t++) assert.ok(Math.abs(got[t]! - expected[t]!) < 1e-3, `${words.join(' ')} @${i} tag ${tags[t]}: ${got[t]} vs ${expected[t]}`);
      }
    }
  }
});

test('every template a word can emit is indexed by value (and fewer than 64 share one value)', () => {
  const known = new Set(WORD_FEATURE_TEMPLATES);
  assert.ok(known.size < 64, 'the packed value entries hold at most 63 templates');
  for (const w of ['Tehran', 'TEHRAN', 'met', 'Mm', 'a|b', 'x', '<S>', 'Zzyzx']) {
    let visited = 0;
    visitWordFeatures(w, clusters, (_role, template) => {
      visited++;
      assert.ok(known.has(template), `${w}: ${template}`);
    });
    assert.ok(visited >= 10, `${w}: ${visited} features`);
  }
});
