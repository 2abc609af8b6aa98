/**
 * The run-time scorer (fast-score.ts) gives the same class scores as the training-time path
 * (feature strings from sentenceFeatures, then scoreFeatures), on invented sentences with the
 * shipped weights, so the classifier the stage runs is the one that was trained.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyseAndClassify, analyseWords, classify, parseEventModel } from '../../../src/nlp/events/index.ts';
import { findCoreCues, findCues, stemWords } from '../../../src/nlp/events/features.ts';
import { tokenize } from '../../../src/text/index.ts';

const model = parseEventModel(readFileSync(new URL('../../../models/events/events-v1.json', import.meta.url)));

describe('analyseAndClassify equals classify(analyseWords(…))', () => {
  const sentences = [
    'Rebel fighters attacked an army convoy near the border on Monday, killing four soldiers.',
    'The ministry did not confirm reports that troops had been sent to the region.',
    'Norway urged both sides to return to talks, while Sweden said it would not send envoys.',
    'Police arrested 12 protesters outside parliament after a march against the new tax.',
    'Oil prices jumped 4% on Friday as traders worried about supplies from the Gulf.',
    'An air strike hit the depot; the rebels waged war on the town and did not release the 3,000 hostages.',
    '"They refused to meet," he said — the talks, the envoy added, were off.',
  ];
  for (const text of sentences) {
    it(text, () => {
      const words = tokenize(text).map((t) => t.text);
      const slow = classify(model, analyseWords(words, model.cues, model.cameo));
      const fast = analyseAndClassify(model, words).result;
      assert.equal(fast.eventLabel, slow.eventLabel);
      // the same rows added in the same order: the very same float sums
      assert.equal(fast.margin, slow.margin);
    });
    it(`stems, cues and core cues: ${text}`, () => {
      const words = tokenize(text).map((t) => t.text);
      const fast = analyseAndClassify(model, words);
      const stems = stemWords(words);
      assert.deepEqual(fast.stems, stems);
      assert.deepEqual(fast.cues, findCues(stems, model.cues));
      assert.deepEqual(fast.cores, findCoreCues(stems));
    });
  }
});
