import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatUtcMinute, makeZoneClock, wallToUtc } from '../../src/clean/liveblog/zone-clock.ts';

const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00Z`) / 86_400_000);

/** [zone, local date, local HH:MM, expected UTC]: DST gaps take the offset before, folds the first occurrence. */
const CASES: readonly [string, string, string, string][] = [
  ['Europe/London', '2019-07-01', '00:00', '2019-06-30T23:00Z'],
  ['Europe/London', '2019-12-01', '12:00', '2019-12-01T12:00Z'],
  ['Europe/London', '2019-10-27', '01:30', '2019-10-27T00:30Z'],
  ['Europe/London', '2019-03-31', '01:30', '2019-03-31T01:30Z'],
  ['America/New_York', '2021-01-01', '23:30', '2021-01-02T04:30Z'],
  ['Australia/Sydney', '2020-01-03', '10:00', '2020-01-02T23:00Z'],
  ['UTC', '2020-01-03', '07:05', '2020-01-03T07:05Z'],
];

for (const [zone, date, hhmm, expected] of CASES) {
  test(`wallToUtc ${zone} ${date} ${hhmm} → ${expected}`, () => {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    assert.equal(formatUtcMinute(wallToUtc(makeZoneClock(zone), dayOf(date), h * 60 + m)), expected);
  });
}
