/** The page's correction helpers (web/src/corrections.ts) agree with the model's (src/model/corrections.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitKey as modelSplitKey } from '../../src/model/index.ts';
import { concerns, describeCorrection, splitKey, type Correction } from '../../web/src/corrections.ts';

// [subject, alias]: the page links to the split-off entity by the key the store gives it.
const SPLITS: [string, string][] = [
  ['PERSON:qasem soleimani', 'Soleimani'],
  ['PERSON:qasem soleimani', '  General   SOLEIMANI '],
  ['GPE:côte d’ivoire', 'Côte d’Ivoire'],
];

for (const [subject, alias] of SPLITS) {
  test(`web corrections: split key of "${alias}" is the model's`, () => {
    assert.equal(splitKey(subject, alias), modelSplitKey(subject, alias));
  });
}

const c = (kind: Correction['kind'], subject: string, value: string): Correction => ({ id: 1, kind, subject, value, note: null, created: '2026-12-01T00:00:00Z' });

// [correction, entity key, concerns it, sentence]
const CASES: [Correction, string, boolean, string][] = [
  [c('merge', 'ORG:a', 'ORG:b'), 'ORG:a', true, 'merged ORG:a into ORG:b'],
  [c('merge', 'ORG:a', 'ORG:b'), 'ORG:b', true, 'merged ORG:a into ORG:b'],
  [c('merge', 'ORG:a', 'ORG:b'), 'ORG:c', false, 'merged ORG:a into ORG:b'],
  [c('split', 'PERSON:x y', 'Y'), 'PERSON:x y|y', true, 'split “Y” off PERSON:x y'],
  [c('rename', 'GPE:iran', 'Persia'), 'GPE:iran', true, 'renamed GPE:iran to “Persia”'],
  [c('set_type', 'ORG:a', 'FACILITY'), 'ORG:b', false, 'set the type of ORG:a to FACILITY'],
];

for (const [correction, key, expected, sentence] of CASES) {
  test(`web corrections: ${sentence} ${expected ? 'concerns' : 'does not concern'} ${key}`, () => {
    assert.equal(concerns(correction, key), expected);
    assert.equal(describeCorrection(correction), sentence);
  });
}
