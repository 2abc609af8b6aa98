import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../src/text/index.ts';

const words = (text: string) => tokenize(text).map((t) => t.text);

// Plain ASCII words and numbers are cut by hand; the character after the run decides whether the
// general pattern must look at it instead. Each row puts one such character after a plain run.
test('tokenize: the character after a plain run (fast path or the general pattern)', () => {
  const cases: [string, string[]][] = [
    ['mail desk@example.org today', ['mail', 'desk@example.org', 'today']],
    ['at http://example.org/x now', ['at', 'http://example.org/x', 'now']],
    ['a cease-fire, rock&roll and an A.P. wire', ['a', 'cease-fire', ',', 'rock&roll', 'and', 'an', 'A.P.', 'wire']],
    ["the mayor's aides weren't there", ['the', 'mayor', "'s", 'aides', 'were', "n't", 'there']],
    ['the mayor’s aides', ['the', 'mayor', '’s', 'aides']],
    ['3,000 or 4.5 or 2/3 or 10:30', ['3,000', 'or', '4.5', 'or', '2/3', 'or', '10:30']],
    ['the 1990s and the 5th and COVID19', ['the', '1990s', 'and', 'the', '5th', 'and', 'COVID19']],
    ['a café in São Paulo', ['a', 'café', 'in', 'São', 'Paulo']],
    ['tax_rate x+y', ['tax', '_', 'rate', 'x', '+', 'y']],
    ['(Reuters) "Yes" [1] 20%', ['(', 'Reuters', ')', '"', 'Yes', '"', '[', '1', ']', '20', '%']],
    ['tabs\tand\u00a0spaces\r\nend', ['tabs', 'and', 'spaces', 'end']],
    // lone punctuation: taken alone unless an e-mail, an ellipsis or a dash run may go on from it
    ['Prices fell -- again... (Reuters) said: "No," and 5% / $3 ; ok?', ['Prices', 'fell', '--', 'again', '..', '.', '(', 'Reuters', ')', 'said', ':', '"', 'No', ',', '"', 'and', '5', '%', '/', '$', '3', ';', 'ok', '?']],
    ['vote.Then -x +y _z x_ .5', ['vote', '.', 'Then', '-', 'x', '+', 'y', '_', 'z', 'x', '_', '.', '5']],
    ['Wait.. a-.b end.', ['Wait', '.', '.', 'a', '-', '.', 'b', 'end', '.']],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(words(text), expected, text);
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  }
});

test('tokenize: a range that ends inside a word stops the word there', () => {
  const text = 'The ministers met again';
  assert.deepEqual(tokenize(text, 4, 9).map((t) => [t.text, t.start, t.end]), [['minis', 4, 9]]);
});

test('splitSentences: line breaks found without slicing, acronyms only where they end in a period', () => {
  const text = 'Troops left the U.S. The talks\nresumed. Oil rose.';
  assert.deepEqual(splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end)), ['Troops left the U.S.', 'The talks', 'resumed.', 'Oil rose.']);
});
