import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotations } from '../../src/model/index.ts';
import { entityId, mergeExportEntities, toExportAnnotations } from '../../src/model/index.ts';

// An emoji before the spans: UTF-16 offsets (program) and code points (export) differ by one after it.
const TEXT = '🇮🇷 Iran vowed revenge for Soleimani.';
const iranAt = TEXT.indexOf('Iran');

const annotations: Annotations = {
  doc: 'd1',
  sentences: [{ start: 0, end: TEXT.length }],
  entities: [
    { id: 'e0', type: 'GPE', name: 'Iran', aliases: ['Tehran'], roles: [], country: 'IR', key: 'GPE:iran' },
    { id: 'e1', type: 'PERSON', name: 'Soleimani', aliases: [], roles: [], key: 'PERSON:qasem soleimani' },
  ],
  mentions: [{ entity: 'e0', start: iranAt, end: iranAt + 4, text: 'Iran' }],
  quotes: [],
  timexes: [],
  events: [{ id: 'v0', start: iranAt, end: TEXT.length, trigger: { start: iranAt + 5, end: iranAt + 10 }, type: 'THREATEN', cameo: '13', actor: 'e0', target: 'e1', date: { value: '2020-01-03', precision: 'day', from: 'timex', timex: 't0' }, intensity: -6 }],
  facts: [],
  stances: [{ id: 's0', start: iranAt, end: TEXT.length, actor: 'e0', stance: 'threatens', toward: 'document' }],
};

test('export annotations: spans in code points, corpus entity ids, document-scoped record ids', () => {
  const out = toExportAnnotations(TEXT, annotations);
  const cpIran = [...TEXT].findIndex((_, i, chars) => chars.slice(i, i + 4).join('') === 'Iran');
  assert.deepEqual(out.mentions[0], { entity: entityId('GPE:iran'), doc: 'd1', start: cpIran, end: cpIran + 4, text: 'Iran' });
  const event = out.events[0] as Record<string, unknown>;
  assert.equal(event.id, 'd1.v0');
  assert.equal(event.actor, entityId('GPE:iran'));
  assert.equal(event.target, entityId('PERSON:qasem soleimani'));
  assert.deepEqual(event.date, { value: '2020-01-03', precision: 'day', from: 'timex:d1.t0' });
  assert.equal((out.stances[0] as Record<string, unknown>).toward, 'd1');
  assert.equal(entityId('GPE:iran'), entityId('GPE:iran'), 'stable');
  assert.notEqual(entityId('GPE:iran'), entityId('GPE:iraq'));
});

test('export annotations: one corpus entity from two documents keeps the fuller name and every alias', () => {
  const a = { id: 'e1', type: 'PERSON', name: 'Soleimani', aliases: [], roles: [{ title: 'General' }], country: null, geo: null };
  const b = { id: 'e1', type: 'PERSON', name: 'Qassem Soleimani', aliases: ['Qasem Soleimani'], roles: [{ title: 'General' }, { title: 'Commander', org: 'Quds Force' }], country: null, geo: null };
  const merged = mergeExportEntities(a, b);
  assert.equal(merged.name, 'Qassem Soleimani');
  assert.deepEqual(merged.aliases, ['Qasem Soleimani', 'Soleimani']);
  assert.equal(merged.roles.length, 2);
});
