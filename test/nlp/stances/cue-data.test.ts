import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUES } from '../../../src/nlp/stances/data/cues.ts';
import { findCues } from '../../../src/nlp/stances/cue-matcher.ts';

test('cue data: every pattern is lower case, has no empty alternative and no gap at its ends', () => {
  for (const cue of CUES) {
    const steps = cue.pattern.split(' ');
    assert.notEqual(steps[0], '…', cue.pattern);
    assert.notEqual(steps.at(-1), '…', cue.pattern);
    for (const step of steps) {
      if (step === '…') continue;
      for (const word of step.split('|')) {
        assert.ok(word.length > 0, `empty alternative in ${cue.pattern}`);
        assert.equal(word, word.toLowerCase(), cue.pattern);
      }
    }
  }
});

test('findCues: gaps stay inside the sentence clause and the longest cue at a word wins', () => {
  const lower = (text: string) => text.toLowerCase().split(' ');
  const words = lower('iran vowed harsh revenge today');
  assert.deepEqual(findCues(words, 0, words.length).map((c) => [c.stance, c.first, c.last]), [['threatens', 1, 3]]);
  const stopped = lower('iran vowed nothing . revenge came');
  assert.deepEqual(findCues(stopped, 0, stopped.length), []);
  const label = lower('he called the killing an assassination');
  assert.deepEqual(findCues(label, 0, label.length).map((c) => c.stance), ['condemns']);
});
