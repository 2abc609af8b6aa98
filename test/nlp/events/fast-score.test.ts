/**
 * The run-time scorer (fast-score.ts) gives the same class scores as the training-time path
 * (feature strings from sentenceFeatures, then scoreFeatures), on invented sentences with the
 * shipped weights, so the classifier the stage runs is the one that was trained.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyseAndClassify, analyseWords, classify, parseEventModel } from '../../../src/nlp/events/index.ts';
import { analyseWordsFast } from '../../../src/nlp/events/fast-score.ts';
import { findCoreCues, findCues, sentenceFeatures, stemWords } from '../../../src/nlp/events/features.ts';
import { scoreFeatures } from '../../../src/nlp/events/model.ts';
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

describe('analyseWordsFast: the same stems, cues, core cues and float scores as the feature-string path on awkward words', () => {
  const slowPath = (words: readonly string[]) => {
    const stems = stemWords(words);
    const cues = findCues(stems, model.cues);
    const cores = findCoreCues(stems);
    return { stems, cues, cores, scores: scoreFeatures(model, sentenceFeatures(stems, cues, cores, model.cameo)) };
  };
  const same = (words: readonly string[]) => {
    const fast = analyseWordsFast(model, words);
    const slow = slowPath(words);
    assert.deepEqual(fast.stems, slow.stems);
    assert.deepEqual(fast.cues, slow.cues);
    assert.deepEqual(fast.cores, slow.cores);
    assert.deepEqual([...fast.scores], [...slow.scores]);
  };
  const sentences = [
    // a repeated word and a repeated two-word cue: each row counted once
    'They waged war on the rebels and waged war again, not once but twice.',
    // negators within three words before cues and core cues
    'The militia did not attack; officials refused to meet envoys who never negotiated.',
    // curly apostrophes, a dash, numbers
    'Protesters’ chants grew as the government’s 3,000 troops withdrew — 12.5% fewer than in 2019.',
  ];
  for (const text of sentences) it(text, () => same(tokenize(text).map((t) => t.text)));
  const wordLists = [
    // a two-word core cue at the very end; its first word alone at the end
    ['Jets', 'carried', 'out', 'an', 'air', 'strike'],
    ['They', 'feared', 'the', 'air'],
    // words no tokenizer makes: empty, underscores, a lone underscore, `<s>`
    ['', 'wag_war', '_', 'air_strike', '<s>', 'the', 'attack'],
    ['’s', "'s", '--', '#', '...', 'killed'],
  ];
  for (const words of wordLists) it(words.join(' '), () => same(words));
  it('every two-word cue of the lexicon, mid-sentence and at the end', () => {
    const pairs = [...model.cues.keys()].filter((key) => key.indexOf('_') > 0).slice(0, 200);
    assert.ok(pairs.length > 0);
    for (const key of pairs) {
      const [first, ...rest] = key.split('_');
      same(['Officials', 'said', 'they', first!, rest.join('_'), 'the', 'plan', first!]);
    }
  });
  it('a second model gets its own tables', () => {
    const other = parseEventModel(readFileSync(new URL('../../../models/events/events-v1.json', import.meta.url)));
    const words = tokenize('Troops were deployed to the border after talks collapsed.').map((t) => t.text);
    assert.deepEqual([...analyseWordsFast(other, words).scores], [...analyseWordsFast(model, words).scores]);
  });
});
