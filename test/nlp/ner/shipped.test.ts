import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { splitSentences, tokenize } from '../../../src/text/index.ts';
import { parseNerModel, tagNames } from '../../../src/nlp/ner/index.ts';

// The shipped weights (models/ner/ner-v1.bin.gz) on small invented news sentences.
const model = parseNerModel(new Uint8Array(readFileSync(new URL('../../../models/ner/ner-v1.bin.gz', import.meta.url))));

function names(text: string): [string, string][] {
  const tokens = tokenize(text);
  return tagNames(text, tokens, splitSentences(text, tokens), model).map((n) => [n.text.replace(/^the /i, ''), n.type]);
}

const cases: { text: string; expect: [string, string][] }[] = [
  {
    text: 'Prime Minister Lena Varga told reporters in Berlin on Monday that Germany would send more aid.',
    expect: [['Lena Varga', 'PERSON'], ['Berlin', 'GPE'], ['Germany', 'GPE']],
  },
  {
    text: 'Iranian officials said the strike had been ordered by the Pentagon.',
    expect: [['Iranian', 'NORP'], ['Pentagon', 'ORG']],
  },
  {
    text: 'The European Union urged restraint after the attack near Baghdad International Airport.',
    expect: [['European Union', 'ORG']],
  },
  {
    text: 'Oil prices rose in Asia as French and British diplomats met at the United Nations in New York.',
    expect: [['Asia', 'LOC'], ['French', 'NORP'], ['British', 'NORP'], ['United Nations', 'ORG'], ['New York', 'GPE']],
  },
  {
    text: 'Speaking in Tehran, General Karim Dastani said Iraq must expel the troops.',
    expect: [['Tehran', 'GPE'], ['Karim Dastani', 'PERSON'], ['Iraq', 'GPE']],
  },
];

for (const c of cases) {
  test(`shipped weights: ${c.text}`, () => {
    const found = names(c.text);
    for (const [text, type] of c.expect) {
      assert.ok(found.some(([t, y]) => t === text && y === type), `${text}/${type} not in ${JSON.stringify(found)}`);
    }
  });
}

test('shipped weights: no names in a sentence without any', () => {
  assert.deepEqual(names('Prices rose sharply on Tuesday after the announcement, analysts said.'), []);
});

test('shipped weights: span offsets cover whole tokens of the text', () => {
  const text = 'Officials in Kabul said the Taliban had attacked a base in Helmand province.';
  const tokens = tokenize(text);
  for (const n of tagNames(text, tokens, splitSentences(text, tokens), model)) {
    assert.equal(text.slice(n.start, n.end), n.text);
    assert.ok(tokens.some((t) => t.start === n.start) && tokens.some((t) => t.end === n.end));
  }
});

test('shipped weights: empty text and tokens outside every sentence give no names', () => {
  assert.deepEqual(tagNames('', [], [], model), []);
  const text = 'Officials in Kabul met.';
  assert.deepEqual(tagNames(text, tokenize(text), [], model), []);
});
