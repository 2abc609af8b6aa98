import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentLabels, withDocumentLabels } from '../../../src/nlp/ner/document-labels.ts';
import { isMemorable, wordTemplates } from '../../../src/nlp/ner/features.ts';

const doc = [
  ['Mark', 'the', 'date', ',', 'said', 'Dana', 'Holt', '.'],
  ['Holt', 'will', 'mark', 'it', 'in', 'Lisbon', '.'],
  ['Lisbon', 'agreed', '.'],
  ['Analysts', 'disagreed', '.'],
];
const labels = documentLabels(doc);
const flags = (s: number, i: number): string[] => labels[s]![i]!;

test('document labels: lower-case use elsewhere and capitalised use inside a sentence', () => {
  assert.deepEqual(flags(0, 0), ['doc:lower'], '"Mark" is also used as "mark"');
  assert.deepEqual(flags(0, 5), ['doc:inner'], 'a capitalised word inside a sentence is its own evidence');
  assert.deepEqual(flags(1, 0), ['doc:inner'], '"Holt" also occurs inside a sentence');
  assert.deepEqual(flags(2, 0), ['doc:inner'], '"Lisbon" also occurs inside a sentence');
  assert.deepEqual(labels[0]![1], [], 'lower-case words get no label');
  assert.deepEqual(flags(3, 0), [], 'a capitalised word seen only at a sentence start gets none');
});

test('document labels are appended to the gazetteer labels', () => {
  const merged = withDocumentLabels([['B-city'], []], [['doc:inner'], []]);
  assert.deepEqual(merged, [['B-city', 'doc:inner'], []]);
  assert.equal(withDocumentLabels(null, [['doc:inner']]), null);
});

test('fillers are flagged and never remembered as names', () => {
  for (const w of ['Mm', 'Uh', 'Hmm']) {
    assert.ok(wordTemplates(w, new Map()).self.includes('interj'), w);
    assert.equal(isMemorable(w), false, w);
  }
  assert.equal(isMemorable('Mamdani'), true);
  assert.ok(!wordTemplates('Mamdani', new Map()).self.includes('interj'));
});

test('capitalised forms say whether the news sample knows them as is or only in lower case', () => {
  const clusters = new Map([['Tehran', '0101'], ['mark', '1100']]);
  assert.ok(wordTemplates('Tehran', clusters).self.includes('k=form'));
  assert.ok(wordTemplates('Mark', clusters).self.includes('k=lower'));
  assert.ok(wordTemplates('Zzyzx', clusters).self.includes('k=none'));
  assert.ok(!wordTemplates('mark', clusters).self.some((f) => f.startsWith('k=')), 'lower-case words get no such feature');
});
