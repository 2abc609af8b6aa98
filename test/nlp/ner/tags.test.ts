import assert from 'node:assert/strict';
import { test } from 'node:test';
import { iob1ToBio, NER_TAGS, reverseTags, tagsToSpans } from '../../../src/nlp/ner/tags.ts';

test('BIO2 tags decode to chunks with conlleval semantics', () => {
  const cases: { tags: string[]; spans: [number, number, string][] }[] = [
    { tags: ['B-PERSON', 'I-PERSON', 'O', 'B-GPE'], spans: [[0, 1, 'PERSON'], [3, 3, 'GPE']] },
    // two adjacent chunks of one type
    { tags: ['B-GPE', 'B-GPE'], spans: [[0, 0, 'GPE'], [1, 1, 'GPE']] },
    // I- after O starts a chunk; a change of type ends one
    { tags: ['O', 'I-ORG', 'I-ORG', 'I-LOC'], spans: [[1, 2, 'ORG'], [3, 3, 'LOC']] },
    { tags: ['O', 'O'], spans: [] },
    { tags: [], spans: [] },
  ];
  for (const c of cases) {
    assert.deepEqual(tagsToSpans(c.tags).map((s) => [s.first, s.last, s.type]), c.spans, c.tags.join(' '));
  }
});

test('IOB1 (CoNLL-2003) converts to BIO2', () => {
  assert.deepEqual(iob1ToBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']);
});

test('reversing tags mirrors chunks and keeps unknown tokens unknown', () => {
  const tags = ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PERSON', null, 'O'];
  const reversed = reverseTags(tags);
  assert.deepEqual(reversed, ['O', null, 'B-PERSON', 'O', 'B-ORG', 'I-ORG', 'I-ORG']);
  assert.deepEqual(reverseTags(reversed), tags);
});

test('the class list is O plus B/I for the six types and the auxiliary MISC', () => {
  assert.equal(NER_TAGS[0], 'O');
  assert.equal(NER_TAGS.length, 15);
  for (const t of ['PERSON', 'NORP', 'FACILITY', 'ORG', 'GPE', 'LOC']) assert.ok(NER_TAGS.includes(`B-${t}`) && NER_TAGS.includes(`I-${t}`));
});
