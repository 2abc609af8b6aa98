import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/text/index.ts';
import { gazetteerLabels, placeKey } from '../../../src/nlp/gazetteer/index.ts';

// The matcher finds a token's first trie level three ways (lower-case start, ASCII Title Case, other):
// each way must give the labels the case rules give.
const labelled = (sentence: string): string[] => {
  const w = tokenize(sentence).map((t) => t.text);
  const labels = gazetteerLabels(w);
  return w.flatMap((x, i) => ((labels[i] ?? []).length ? [`${x}:${[...(labels[i] ?? [])].sort().join(',')}`] : []));
};

const CASES: [string, string[]][] = [
  // lower-case start: any-case titles match, capitalised-only names and titles do not
  ['the foreign minister spoke', ['foreign:B-title', 'minister:I-title']],
  ['a general strike in iran', []],
  // ASCII Title Case start: found as written
  ['Foreign Minister Javad Zarif', ['Foreign:B-title', 'Minister:I-title', 'Javad:B-person', 'Zarif:I-person']],
  ['General Qassem Soleimani', ['General:B-title', 'Qassem:B-person', 'Soleimani:I-person']],
  // other starts (all capitals, inner capitals, non-ASCII): through the lower-cased key
  ['FOREIGN MINISTER', ['FOREIGN:B-title', 'MINISTER:I-title']],
  ['IRGC commanders', ['IRGC:B-org']],
  ['Ürümqi and Iran', ['Ürümqi:B-city', 'Iran:B-country']],
];

test('gazetteer: first-token lookups keep the case rules', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(labelled(sentence), expected, sentence);
});

test('placeKey: plain ASCII names are lower-cased, others folded', () => {
  const cases: [string, string][] = [
    ['Iran', 'iran'], ['New York', 'new york'], ['U.S.', 'us'], ['Kandahār', 'kandahar'], ['  New   York ', 'new york'],
    ['New\tYork', 'new york'], ['', ''], ['São Paulo', 'sao paulo'], ['A-B', 'a-b'],
  ];
  for (const [name, key] of cases) assert.equal(placeKey(name), key, name);
});
