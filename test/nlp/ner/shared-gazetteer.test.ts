import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { splitSentences, tokenize } from '../../../src/text/index.ts';
import { matchDocument } from '../../../src/nlp/gazetteer/index.ts';
import { parseNerModel, tagNames } from '../../../src/nlp/ner/index.ts';

const model = parseNerModel(new Uint8Array(readFileSync(new URL('../../../models/ner/ner-v1.bin.gz', import.meta.url))));

// annotate matches the gazetteer once per document and hands it to the tagger: same names as when
// the tagger matches each sentence itself.
test('tagNames: the document gazetteer gives the same names as matching sentence by sentence', () => {
  const text = 'The Secretary of State flew to Tehran on Monday. Iranian officials met Hassan Rouhani in Baghdad.\n\nA spokesman for the United Nations said talks would resume.';
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const shared = matchDocument(tokens.map((t) => t.text));
  const alone = tagNames(text, tokens, sentences, model);
  assert.ok(alone.length > 0);
  assert.deepEqual(tagNames(text, tokens, sentences, model, shared), alone);
});
