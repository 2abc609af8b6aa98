import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escalationSeries, eventDay } from '../../../src/stories/reactions/index.ts';
import { article } from './build.ts';

test('eventDay: day precision or finer only', () => {
  assert.equal(eventDay({ date: { value: '2020-01-03', precision: 'day', from: 'timex' } }), '2020-01-03');
  assert.equal(eventDay({ date: { value: '2020-01-03T07:05Z', precision: 'minute', from: 'anchor' } }), '2020-01-03');
  assert.equal(eventDay({ date: { value: '2020-01', precision: 'month', from: 'timex' } }), null);
  assert.equal(eventDay({ date: { value: '2020-W01', precision: 'week', from: 'timex' } }), null);
  assert.equal(eventDay({ date: null }), null);
});

test('per day: events, net intensity, conflict and cooperation summed apart, evidence cited', () => {
  const a = article('a', [
    'Rebels shelled the port city on Monday.',
    'Government troops bombed two villages.',
    'Both sides agreed to talks on Tuesday.',
    'Later the rebels fired rockets at the airport.',
    'Officials met in March.',
  ])
    .event(0, 'shelled', { type: 'ASSAULT', intensity: -10, date: '2020-03-02' })
    .event(1, 'bombed', { type: 'ASSAULT', intensity: -10, date: '2020-03-02' })
    .event(2, 'agreed', { type: 'AGREE', intensity: 4, date: '2020-03-03' })
    .event(3, 'fired', { type: 'ASSAULT', intensity: -10, date: '2020-03-03T17:40Z', precision: 'minute' })
    .event(4, 'met', { type: 'CONSULT', intensity: 1, date: '2020-03', precision: 'month' })
    .build();
  const series = escalationSeries([a]);
  assert.deepEqual(
    series.map((d) => [d.date, d.events, d.intensity, d.conflict, d.cooperation, d.conflictEvents, d.sources]),
    [
      ['2020-03-02', 2, -20, 20, 0, 2, 1],
      ['2020-03-03', 2, -6, 10, 4, 1, 1],
    ],
  );
  const [first] = series[0]!.evidence;
  assert.deepEqual(first, { doc: 'a', eventId: 'v0', start: 0, end: 39, type: 'ASSAULT', intensity: -10, copies: [] });
});

test('an event in copies of one text counts once (same group, same sentence); another outlet counts again', () => {
  const line = 'Militants attacked a checkpoint near the border on Friday.';
  const make = (id: string, group: string | undefined) =>
    article(id, ['A wire report.', line], { source: `paper-${id}`, ...(group ? { copyGroup: group } : {}) })
      .event(1, 'attacked', { type: 'ASSAULT', intensity: -10, date: '2020-05-08' })
      .build();
  const series = escalationSeries([make('c1', 'wire:7'), make('c2', 'wire:7'), make('x1', undefined)]);
  assert.equal(series.length, 1);
  const day = series[0]!;
  assert.equal(day.events, 2);
  assert.equal(day.conflict, 20);
  assert.equal(day.sources, 2);
  assert.deepEqual(day.evidence.map((e) => [e.doc, e.copies.map((c) => c.doc)]), [['c1', ['c2']], ['x1', []]]);
});

test('two events of one sentence are two events; the older version of a text is skipped', () => {
  const lines = ['Troops stormed the compound and arrested the mayor.'];
  const old = article('o', lines, { newerVersion: 'n' }).event(0, 'stormed', { type: 'ASSAULT', intensity: -9, date: '2020-02-01' }).build();
  const newer = article('n', lines)
    .event(0, 'stormed', { type: 'ASSAULT', intensity: -9, date: '2020-02-01' })
    .event(0, 'arrested', { type: 'COERCE', intensity: -7, date: '2020-02-01' })
    .build();
  const [day] = escalationSeries([old, newer]);
  assert.deepEqual([day!.events, day!.conflict, day!.evidence.map((e) => `${e.doc}:${e.eventId}`)], [2, 16, ['n:v0', 'n:v1']]);
});

test('Goldstein decimals do not leave float noise in the sums', () => {
  const a = article('f', ['One.', 'Two.', 'Three.'])
    .event(0, 'One', { type: 'COERCE', intensity: -7.2, date: '2020-01-01' })
    .event(1, 'Two', { type: 'AID', intensity: 3.5, date: '2020-01-01' })
    .event(2, 'Three', { type: 'CONSULT', intensity: 0.1, date: '2020-01-01' })
    .build();
  const [day] = escalationSeries([a]);
  assert.deepEqual([day!.intensity, day!.conflict, day!.cooperation, day!.events], [-3.6, 7.2, 3.6, 3]);
});
