import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FeatureIds } from '../../../src/nlp/ner/features.ts';
import { lowercaseNameEdges, NAME_EDGES_META } from '../../../src/nlp/ner/name-edges.ts';
import { tagSentences, type NerModel, type TrainingDocument } from '../../../src/nlp/ner/index.ts';
import { parseNerModel } from '../../../src/nlp/ner/model.ts';

const training: TrainingDocument[] = [
  [
    { words: ['the', 'Bank', 'of', 'Tarvia', "'s", 'board', 'met', '.'], tags: ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'] },
    { words: ['Kim', 'Jong', '-', 'il', 'said', 'the', 'talks', 'failed', '.'], tags: ['B-PERSON', 'I-PERSON', 'I-PERSON', 'I-PERSON', 'O', 'O', 'O', 'O', 'O'] },
    { words: ['Talks', 'at', 'the', 'Palace', "'s", 'gate', '.'], tags: ['O', 'O', 'B-FACILITY', 'I-FACILITY', 'I-FACILITY', 'O', 'O'] },
    { words: ['Rain', 'fell', 'on', 'Tarvia', '.'], tags: ['O', 'O', 'O', 'B-GPE', null] },
  ],
];

test('name edges: lower-case words that begin names in decoding order, by direction', () => {
  // left to right a name begins at its first word: `the` twice (ORG, FACILITY)
  assert.deepEqual(lowercaseNameEdges(training, 'ltr', 2, 0), ['the']);
  // right to left at its last word: `'s` twice; `il` once
  assert.deepEqual(lowercaseNameEdges(training, 'rtl', 2, 0), ["'s"]);
  assert.deepEqual(lowercaseNameEdges(training, 'rtl', 1, 0), ["'s", 'il']);
});

test('name edges: a word that rarely begins a name among its many uses is left out', () => {
  // `the` occurs 3 times and begins a name twice (ltr): in at least half of its uses
  assert.deepEqual(lowercaseNameEdges(training, 'ltr', 1, 0.5), ['the']);
  assert.deepEqual(lowercaseNameEdges(training, 'ltr', 1, 0.9), []);
});

test('feature ids flag only capital-free words outside the edge list as skippable, and only with a list', () => {
  const index = new Map([['bias', 0]]);
  const clusters = new Map<string, string>();
  const tags = ['O', 'B-ORG', 'I-ORG'];
  const pruning = new FeatureIds(index, clusters, tags, undefined, new Set(["'s"]));
  const prepared = pruning.prepareWords(['Tarvia', "'s", 'envoy', 'said', ',', '-', 'iPhone'], null);
  assert.deepEqual(prepared.ids.slice(2, -2).map((w) => w.skipAfterO), [false, false, true, true, true, true, false]);
  assert.deepEqual(prepared.ids.slice(2, -2).map((w) => w.hyphen), [false, false, false, false, false, true, false]);
  const plain = new FeatureIds(index, clusters, tags).prepareWords(['envoy', 'said'], null);
  assert.deepEqual(plain.ids.slice(2, -2).map((w) => w.skipAfterO), [false, false]);
});

// The shipped weights: decoding with the pruning gives the tags of full scoring on invented news.
const shipped = parseNerModel(new Uint8Array(readFileSync(new URL('../../../models/ner/ner-v1.bin.gz', import.meta.url))));
const unpruned: NerModel = { ...shipped, meta: { ...shipped.meta, [NAME_EDGES_META]: undefined } };
const pruned: NerModel = { ...shipped, meta: { ...shipped.meta, [NAME_EDGES_META]: shipped.meta[NAME_EDGES_META] ?? ["'s", ')', '"', "''", 'the'] } };

test('shipped weights: pruned decoding tags like full scoring', () => {
  const sentences = [
    ['The', 'Tarvian', 'Foreign', 'Ministry', "'s", 'spokesman', ',', 'Anna', 'Kolar', ',', 'said', 'on', 'Monday', 'that', 'the', 'embassy', 'in', 'Berlin', 'was', 'closed', '.'],
    ['Officials', 'of', 'the', 'Bank', 'of', 'England', 'met', 'envoys', 'from', 'the', 'United', 'Nations', 'in', 'New', 'York', '.'],
    ['President', 'Kim', 'Jong', '-', 'un', 'visited', 'the', 'Yongbyon', 'site', 'with', 'Lee', 'Sang', '-', 'hoon', '.'],
    ['prices', 'rose', 'sharply', 'after', 'the', 'announcement', ',', 'analysts', 'said', '.'],
  ];
  assert.deepEqual(tagSentences(sentences, pruned), tagSentences(sentences, unpruned));
});
