import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../../src/text/index.ts';
import { gazetteerLabels, matchDocument, matchGazetteer, sentenceLabels } from '../../../src/nlp/gazetteer/index.ts';

const TEXT = 'The Secretary of State flew to Tehran on Monday. Iranian officials met him in Baghdad. Nobody else came.';

test('matchDocument: the matches of matchGazetteer and the labels of gazetteerLabels, in one scan', () => {
  const words = tokenize(TEXT).map((t) => t.text);
  const doc = matchDocument(words);
  assert.deepEqual(doc.matches, matchGazetteer(words));
  assert.deepEqual(doc.labels, gazetteerLabels(words));
});

test('sentenceLabels: each sentence reads what matching it alone gives', () => {
  const tokens = tokenize(TEXT);
  const words = tokens.map((t) => t.text);
  const doc = matchDocument(words);
  const sentences = splitSentences(TEXT, tokens);
  assert.equal(sentences.length, 3);
  for (const s of sentences) {
    const from = tokens.findIndex((t) => t.start >= s.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= s.end) to++;
    assert.deepEqual(sentenceLabels(doc, from, to), gazetteerLabels(words.slice(from, to)), TEXT.slice(s.start, s.end));
  }
});

test('sentenceLabels: null when a match crosses either end of the range', () => {
  const words = tokenize('The Secretary of State spoke.').map((t) => t.text);
  const doc = matchDocument(words);
  assert.deepEqual(doc.matches.map((m) => [m.start, m.end]), [[1, 4]]);
  assert.equal(sentenceLabels(doc, 0, 2), null); // cuts `Secretary of State` after its first word
  assert.equal(sentenceLabels(doc, 2, 5), null); // starts inside it
  assert.deepEqual(sentenceLabels(doc, 0, 4), gazetteerLabels(words.slice(0, 4)));
});
