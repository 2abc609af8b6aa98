import assert from 'node:assert/strict';
import { test } from 'node:test';
import { duration, findContradictions, findTimeContradictions } from '../../../src/stories/contradictions/index.ts';
import { article, citedTexts } from './build.ts';

const OLD_TEXT = '09:10 Ministers met in Geneva.\n\n08:40 Protesters gathered outside.\n\n08:05 The summit opened late.';
const NEW_TEXT = '09:30 A statement is expected.\n\n08:10 Ministers met in Geneva.\n\n07:40 Protesters gathered outside.\n\n07:05 The summit opened late.';

const older = article({
  id: 'old', source: 'Herald', text: OLD_TEXT, newerVersion: 'new',
  passages: [
    { id: 'old.p0', at: '09:10', time: '2021-05-02T09:10Z' },
    { id: 'old.p1', at: '08:40', time: '2021-05-02T08:40Z' },
    { id: 'old.p2', at: '08:05', time: '2021-05-02T08:05Z' },
  ],
});
const newer = article({
  id: 'new', source: 'Herald', text: NEW_TEXT,
  passages: [
    { id: 'new.p0', at: '09:30', time: '2021-05-02T09:30Z' },
    { id: 'new.p1', at: '08:10', time: '2021-05-02T08:10Z' },
    { id: 'new.p2', at: '07:40', time: '2021-05-02T07:40Z' },
    { id: 'new.p3', at: '07:05', time: '2021-05-02T07:05Z' },
  ],
});
const shared = [['old.p0', 'new.p1'], ['old.p1', 'new.p2'], ['old.p2', 'new.p3']] as const;

test('time: a shift shared by every entry of two snapshots is one contradiction with example claims', () => {
  const found = findTimeContradictions([older, newer], [{ docs: ['old', 'new'], passages: shared }]);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.about, "Herald's two snapshots place the same 3 live-blog entries one hour apart (all 3 shared entries, a systematic shift)");
  assert.deepEqual(citedTexts([older, newer], found[0]?.claims ?? []), ['old:09:10', 'new:08:10', 'old:08:40', 'new:07:40']);
  assert.match(found[0]?.claims[0]?.text ?? '', /^09:10 \(Ministers met in Geneva\./);
});

test('time: the whole stage reads older versions for times (and only for times)', () => {
  const found = findContradictions([older, newer], [{ docs: ['old', 'new'], passages: shared }]);
  assert.deepEqual(found.map((c) => c.kind), ['time']);
});

const CASES: readonly (readonly [string, readonly (readonly [string, string])[], readonly string[]])[] = [
  ['same times: nothing', [], []],
  ['one entry moved alone is reported alone', [['old.p0', 'new.p0']], ["Herald's two snapshots give the same live-blog entry different times (20 minutes apart)"]],
  [
    'two shifts: the repeated one collapses, the single one stays',
    [['old.p0', 'new.p0'], ...shared],
    [
      "Herald's two snapshots place the same 3 live-blog entries one hour apart (3 of 4 shared entries, a systematic shift)",
      "Herald's two snapshots give the same live-blog entry different times (20 minutes apart)",
    ],
  ],
];

for (const [name, pairs, expected] of CASES) {
  test(`time: ${name}`, () => {
    const same = article({ id: 'same', source: 'Herald', text: OLD_TEXT, passages: [{ id: 'same.p0', at: '09:10', time: '2021-05-02T09:10Z' }] });
    const matches = pairs.length ? [{ docs: ['old', 'new'], passages: pairs }] : [{ docs: ['old', 'same'], passages: [['old.p0', 'same.p0'] as const] }];
    const found = findTimeContradictions([older, newer, same], matches);
    assert.deepEqual(found.map((c) => c.about).sort(), [...expected].sort());
  });
}

for (const [minutes, text] of [[60, 'one hour'], [-120, '2 hours'], [90, 'one hour 30 minutes'], [1440, 'one day']] as const) {
  test(`time: duration(${minutes}) = ${text}`, () => assert.equal(duration(minutes), text));
}
