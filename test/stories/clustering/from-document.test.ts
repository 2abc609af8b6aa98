import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Annotations, Document } from '../../../src/model/index.ts';
import { fromDocument } from '../../../src/stories/clustering/index.ts';

// Only the fields fromDocument reads are filled in; the rest of the invented document is irrelevant here.
const doc = {
  id: 'd0001', title: 'Kerava erupts', text: 'The Kerava volcano erupted.',
  published: { value: '2026-01-05', precision: 'day' },
} as unknown as Document;
const annotations = {
  doc: 'd0001',
  entities: [{ id: 'e1', key: 'LOC:kerava' }],
  mentions: [{ entity: 'e1', start: 4, end: 10, text: 'Kerava' }, { entity: 'e1', start: 0, end: 6, text: 'Kerava' }],
} as unknown as Annotations;

test('fromDocument: published date as UTC ms, one entity key per mention', () => {
  const input = fromDocument(doc, annotations);
  assert.equal(input.time, Date.UTC(2026, 0, 5));
  assert.deepEqual(input.entities, ['LOC:kerava', 'LOC:kerava']);
  assert.equal(input.title, 'Kerava erupts');
});

test('fromDocument: no published date → no time; no annotations → no entity keys', () => {
  const input = fromDocument({ ...doc, published: null } as Document);
  assert.equal(input.time, null);
  assert.equal(input.entities, undefined);
});
