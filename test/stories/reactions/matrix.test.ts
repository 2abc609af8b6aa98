import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reactionMatrix, STANCES, type ActorRow } from '../../../src/stories/reactions/index.ts';
import { article, type EntitySpec } from './build.ts';

const VELORIA: EntitySpec = { id: 'e0', name: 'Veloria', type: 'GPE', key: 'GPE:veloria', aliases: ['Velorian'], country: 'VL' };
const MARSK: EntitySpec = { id: 'e1', name: 'Marsk', type: 'GPE', key: 'GPE:marsk', country: 'MK' };
const OKAFOR: EntitySpec = { id: 'e2', name: 'Adaeze Okafor', type: 'PERSON', key: 'PERSON:adaeze okafor', aliases: ['Okafor'] };
const UNION: EntitySpec = { id: 'e3', name: 'Northern Union', type: 'ORG', key: 'ORG:northern union' };

const row = (rows: readonly ActorRow[], key: string): ActorRow => {
  const r = rows.find((x) => x.key === key);
  assert.ok(r, `no row for ${key}`);
  return r;
};

test('rows by entity key across documents, named by the fullest name, cells in column order with cited sentences', () => {
  const a1 = article('a1', [
    'Veloria condemned the dam strike on Tuesday.',
    'Marsk urged both sides to show restraint.',
  ], { entities: [VELORIA, MARSK] }).stance(0, 'e0', 'condemns').stance(1, 'e1', 'urges_restraint').build();
  const a2 = article('a2', [
    'Okafor said the strike was an act of aggression.',
    'Velorian officials vowed revenge.',
  ], { entities: [{ ...OKAFOR, id: 'e5', name: 'Okafor', aliases: [] }, { ...VELORIA, id: 'e6' }] })
    .stance(0, 'e5', 'condemns').stance(1, 'e6', 'threatens').build();
  const a3 = article('a3', ['Foreign Minister Adaeze Okafor called the strike unlawful.'], { entities: [OKAFOR] }).stance(0, 'e2', 'condemns').build();

  const m = reactionMatrix([a1, a2, a3]);
  assert.deepEqual(m.stances, STANCES);
  assert.deepEqual(m.actors.map((r) => [r.name, r.total]), [['Adaeze Okafor', 2], ['Veloria', 2], ['Marsk', 1]]);
  const veloria = row(m.actors, 'GPE:veloria');
  assert.equal(veloria.country, 'VL');
  assert.equal(veloria.sources, 2);
  assert.deepEqual(veloria.cells.map((c) => [c.stance, c.count, c.sources]), [['condemns', 1, 1], ['threatens', 1, 1]]);
  const ev = veloria.cells[1]!.evidence[0]!;
  assert.deepEqual({ doc: ev.doc, text: ev.text, stance: ev.stance, toward: ev.toward }, { doc: 'a2', text: 'Velorian officials vowed revenge.', stance: 's1', toward: 'document' });
  assert.equal(a2.doc.text.slice(ev.start, ev.end), ev.text);
  // Okafor: two documents, two outlets; the PERSON has no country, so the row gives none.
  const okafor = row(m.actors, 'PERSON:adaeze okafor');
  assert.equal(okafor.sources, 2);
  assert.equal('country' in okafor, false);
});

test('the same sentence in two copies is cited twice and counted once; copies of one group are one source', () => {
  const line = 'The Northern Union praised the ceasefire deal.';
  const copies = ['w1', 'w2'].map((id, i) =>
    article(id, [line], { source: `paper${i}`, copyGroup: 'wire:1', entities: [UNION] }).stance(0, 'e3', 'supports').build());
  const own = article('o1', ['The Northern Union praised the ceasefire deal again on Friday.'], { source: 'paper9', entities: [UNION] }).stance(0, 'e3', 'supports').build();
  const [r] = reactionMatrix([...copies, own]).actors;
  const cell = r!.cells[0]!;
  assert.equal(cell.stance, 'supports');
  assert.deepEqual(cell.evidence.map((e) => [e.doc, e.repeatOf]), [['w1', undefined], ['w2', 0], ['o1', undefined]]);
  assert.equal(cell.count, 2);
  assert.equal(cell.sources, 2); // the wire group and paper9
  assert.equal(r!.total, 2);
});

test('an article whose newer version is in the story is skipped; one whose newer version is absent is kept', () => {
  const old = article('v1', ['Marsk condemned the raid.'], { entities: [MARSK], newerVersion: 'v2' }).stance(0, 'e1', 'condemns').build();
  const newer = article('v2', ['Marsk condemned the raid.', 'Marsk later called for calm.'], { entities: [MARSK] })
    .stance(0, 'e1', 'condemns').stance(1, 'e1', 'urges_restraint').build();
  const m = reactionMatrix([old, newer]);
  const marsk = row(m.actors, 'GPE:marsk');
  assert.deepEqual(marsk.cells.flatMap((c) => c.evidence.map((e) => e.doc)), ['v2', 'v2']);
  const alone = reactionMatrix([old]);
  assert.deepEqual(alone.actors.map((r) => [r.key, r.total]), [['GPE:marsk', 1]]);
});

test('a THREATEN event of a named actor adds a threat the stance stage did not read', () => {
  const a = article('t1', [
    'Veloria threatened to close the border crossings.',
    'On Sunday, Veloria warned of consequences.',
    'Marsk said it would not accept any Velorian threats.',
    'The Northern Union, wary of Veloria, is ready to respond.',
  ], { entities: [VELORIA, MARSK, UNION] })
    .event(0, 'threatened', { type: 'THREATEN', intensity: -6, actor: 'e0' })
    .event(1, 'warned', { type: 'THREATEN', intensity: -6, actor: 'e0' })
    // A description of threats: Veloria is named, but not as the one speaking first.
    .event(2, 'threats', { type: 'THREATEN', intensity: -6, actor: 'e0' })
    // Veloria named before the trigger but not first in the sentence or clause.
    .event(3, 'respond', { type: 'THREATEN', intensity: -6, actor: 'e0' })
    .build();
  const veloria = row(reactionMatrix([a]).actors, 'GPE:veloria');
  const cell = veloria.cells.find((c) => c.stance === 'threatens')!;
  assert.deepEqual(cell.evidence.map((e) => [e.text, e.stance, e.events]), [
    ['Veloria threatened to close the border crossings.', null, ['v0']],
    ['On Sunday, Veloria warned of consequences.', null, ['v1']],
  ]);
});

test('the stance stage reading of a sentence stands: events join a threat, never override or duplicate', () => {
  const a = article('t2', [
    'Veloria vowed revenge for the strike.',
    'Veloria lashed out at Marsk, warning of a strike.',
    'Velorian leader Adaeze Okafor warned of hard retaliation.',
  ], { entities: [VELORIA, MARSK, OKAFOR] })
    .stance(0, 'e0', 'threatens')
    .event(0, 'vowed', { type: 'THREATEN', intensity: -7, actor: 'e0' })
    .stance(1, 'e0', 'condemns')
    .event(1, 'warning', { type: 'THREATEN', intensity: -6, actor: 'e0' })
    .stance(2, 'e2', 'threatens')
    .event(2, 'warned', { type: 'THREATEN', intensity: -6, actor: 'e0' })
    .build();
  const rows = reactionMatrix([a]).actors;
  const veloria = row(rows, 'GPE:veloria');
  assert.deepEqual(veloria.cells.map((c) => [c.stance, c.count]), [['condemns', 1], ['threatens', 1]]);
  assert.deepEqual(veloria.cells[1]!.evidence.map((e) => [e.stance, e.events]), [['s0', ['v0']]]);
  assert.deepEqual(row(rows, 'PERSON:adaeze okafor').cells.map((c) => [c.stance, c.count]), [['threatens', 1]]);
});

test('a threat in reported words counts for the speaker only', () => {
  const a = article('t3', [
    '"We will make them pay," Okafor said.',
    '"Veloria will retaliate," Marsk said.',
  ], { entities: [OKAFOR, VELORIA, MARSK] })
    .quote(0, 'We will make them pay', 'e2', 'Okafor')
    .quote(1, 'Veloria will retaliate', 'e1', 'Marsk')
    .event(0, 'pay', { type: 'THREATEN', intensity: -7, actor: 'e2', reportedBy: 'q0' })
    .event(1, 'retaliate', { type: 'THREATEN', intensity: -7, actor: 'e0', reportedBy: 'q1' })
    .build();
  const rows = reactionMatrix([a]).actors;
  assert.deepEqual(rows.map((r) => r.key), ['PERSON:adaeze okafor']);
  const ev = rows[0]!.cells[0]!.evidence[0]!;
  assert.deepEqual(ev.quotes.map((q) => q.text), ['We will make them pay']);
});

test('quotes of the actor in the cited sentence are given; others are not', () => {
  const a = article('q1', ['"This is a crime," Okafor said, as Marsk called it "regrettable".'], { entities: [OKAFOR, MARSK] })
    .quote(0, 'This is a crime', 'e2', 'Okafor')
    .quote(0, 'regrettable', 'e1', 'Marsk')
    .stance(0, 'e2', 'condemns')
    .build();
  const [r] = reactionMatrix([a]).actors;
  assert.deepEqual(r!.cells[0]!.evidence[0]!.quotes.map((q) => q.text), ['This is a crime']);
});

test('rows are by key only: a demonym entity with its own key stays its own row', () => {
  const a = article('n1', ['Velorians condemned the strike.', 'Veloria condemned the strike.'], {
    entities: [{ id: 'e0', name: 'Velorians', type: 'NORP', key: 'NORP:velorians', country: 'VL' }, { ...VELORIA, id: 'e1', aliases: [] }],
  }).stance(0, 'e0', 'condemns').stance(1, 'e1', 'condemns').build();
  assert.deepEqual(reactionMatrix([a]).actors.map((r) => r.key).sort(), ['GPE:veloria', 'NORP:velorians']);
});

test('a live-blog entry stamp is cut from the cited span', () => {
  const built = article('lb', ['07:05 Marsk condemned the raid.'], { kind: 'liveblog', entities: [MARSK] }).stance(0, 'e1', 'condemns').build();
  const lb = { ...built, doc: { ...built.doc, passages: [{ id: 'lb.p0', kind: 'liveblog_entry' as const, start: 0, end: 31, time: '2020-01-03T07:05Z' }] } };
  const ev = reactionMatrix([lb]).actors[0]!.cells[0]!.evidence[0]!;
  assert.deepEqual([ev.start, ev.text], [6, 'Marsk condemned the raid.']);
});

test('no stances, no events: an empty matrix', () => {
  const m = reactionMatrix([article('x', ['Nothing happened.']).build()]);
  assert.deepEqual(m.actors, []);
});
