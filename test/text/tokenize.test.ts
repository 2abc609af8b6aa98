import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../src/text/index.ts';

const words = (text: string) => tokenize(text).map((t) => t.text);

test('tokenize: Penn-Treebank-like tokens, offsets that slice back to the token', () => {
  const cases: [string, string[]][] = [
    ["Soleimani's death", ['Soleimani', "'s", 'death']],
    ["It isn't over", ['It', 'is', "n't", 'over']],
    ['the U.S. said', ['the', 'U.S.', 'said']],
    ['Gen. Smith and Mr. J. Doe', ['Gen.', 'Smith', 'and', 'Mr.', 'J.', 'Doe']],
    ['rose 4.5% to $68.60', ['rose', '4.5', '%', 'to', '$', '68.60']],
    ['3,000 troops at 10:30 a.m.', ['3,000', 'troops', 'at', '10:30', 'a.m.']],
    ['pro-Iranian militia', ['pro-Iranian', 'militia']],
    ['“We will,” he said.', ['“', 'We', 'will', ',', '”', 'he', 'said', '.']],
    ['see https://example.com/a.', ['see', 'https://example.com/a', '.']],
    ['the end.', ['the', 'end', '.']],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(words(text), expected, text);
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  }
});

test('tokenize: a range of the text keeps offsets into the whole text', () => {
  const text = 'Skip this. Read this part.';
  const tokens = tokenize(text, 11, 25);
  assert.deepEqual(tokens.map((t) => t.text), ['Read', 'this', 'part']);
  assert.equal(tokens[0]?.start, 11);
});

test('splitSentences: ends at terminal punctuation before a sentence start, not inside abbreviations', () => {
  const cases: [string, string[]][] = [
    ['Gen. Qassem Soleimani died. Iran vowed revenge.', ['Gen. Qassem Soleimani died.', 'Iran vowed revenge.']],
    ['"It is over," he said. "We won."', ['"It is over," he said.', '"We won."']],
    ['He said "Go." Then he left.', ['He said "Go."', 'Then he left.']],
    ['Brent rose 4.5 percent. It fell later.', ['Brent rose 4.5 percent.', 'It fell later.']],
    ['Troops left the U.S. The war began.', ['Troops left the U.S.', 'The war began.']],
    ['Officials in the U.S. Senate agreed.', ['Officials in the U.S. Senate agreed.']],
    ['Line one\nLine two', ['Line one', 'Line two']],
    ['What now? Nobody knows!', ['What now?', 'Nobody knows!']],
    ['It ended on Jan. 3 in Baghdad.', ['It ended on Jan. 3 in Baghdad.']],
  ];
  for (const [text, expected] of cases) {
    const sentences = splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences, expected, text);
  }
});
