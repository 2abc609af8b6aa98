import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startsLetter, startsNumber, startsUpper } from '../../../src/nlp/quotes/char-class.ts';
import { cueModelScore } from '../../../src/nlp/quotes/cue-features.ts';
import { compileCueModel } from '../../../src/nlp/quotes/cue-model.ts';
import { CUE_WEIGHTS } from '../../../src/nlp/quotes/cue-weights.ts';
import { buildLayout } from '../../../src/nlp/quotes/layout.ts';
import { splitSentences, tokenize } from '../../../src/text/index.ts';

const layoutOf = (text: string) => {
  const tokens = tokenize(text);
  return buildLayout(text, tokens, splitSentences(text, tokens));
};

// Invented texts with cues in every position: first, last, after quotes, capitalised, numbers, edges.
const TEXTS = [
  'Officials said the talks would resume, and the minister confirmed it on Monday.',
  '“We will respond,” he warned. Critics argue that the plan failed; analysts believe otherwise.',
  'Says Who? The Mayor Says He Will Win | 3 reports claimed 40 dead',
  "He didn't deny it: 'never', she insisted, according to the agency.",
  'Ünal reportedly stated that 12 people were hurt.',
];

test('compiled cue model: the same score as the feature strings, for every token', () => {
  const score = compileCueModel(CUE_WEIGHTS);
  for (const text of TEXTS) {
    const layout = layoutOf(text);
    for (let i = 0; i < layout.tokens.length; i++) {
      assert.ok(Object.is(score(layout, i), cueModelScore(layout, i, CUE_WEIGHTS)), `${text} @ ${layout.tokens[i]?.text}`);
    }
  }
});

test('compiled cue model: words with `|`, empty values and keys of no template', () => {
  const weights = new Map<string, number>([
    ['b', 0.5], ['w=|', 1], ['w|nc=||LOW', 2], ['w|pos=said|F', 4], ['suf|nc=aid|DET', 8], ['lex=0', 16], ['cap=1|F', 32],
    ['nc2=DET|LOW', 64], ['p1=<s>', 128], ['w', 256], ['pos', 512], ['unknown=said', 1024],
  ]);
  const score = compileCueModel(weights);
  for (const text of ['said the man', 'Said | the man', '| said', 'x || y']) {
    const layout = layoutOf(text);
    for (let i = 0; i < layout.tokens.length; i++) assert.ok(Object.is(score(layout, i), cueModelScore(layout, i, weights)), `${text} @ ${i}`);
  }
  // `said` first: b + w|pos=said|F + nc2=DET|LOW + suf|nc=aid|DET. `|` first: b + w=| + lex=0 + w|nc=||LOW.
  assert.equal(score(layoutOf('said the man'), 0), 0.5 + 4 + 64 + 8);
  assert.equal(score(layoutOf('| said'), 0), 0.5 + 1 + 16 + 2);
});

test('first-character tests answer as the Unicode regexes do', () => {
  for (const s of ['Apple', 'apple', '9lives', '', ',', 'Émile', 'élan', 'İstanbul', 'ǅemal', '٣', 'Ⅻ', '𝐀bc', '😀', ' x']) {
    assert.equal(startsUpper(s), /^\p{Lu}/u.test(s), `upper ${s}`);
    assert.equal(startsLetter(s), /^\p{L}/u.test(s), `letter ${s}`);
    assert.equal(startsNumber(s), /^\p{N}/u.test(s), `number ${s}`);
  }
});
