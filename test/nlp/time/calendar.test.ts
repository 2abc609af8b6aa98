import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { easterSunday, formatWeek, isoWeekday, nthWeekdayOfMonth } from '../../../src/nlp/time/calendar.ts';
import { parseAnchor } from '../../../src/nlp/time/anchor.ts';
import { readAmount } from '../../../src/nlp/time/numbers.ts';

describe('calendar', () => {
  const weeks: readonly [string, string][] = [
    ['2020-01-03', '2020-W01'], ['2019-12-29', '2019-W52'], ['2021-01-03', '2020-W53'], ['2018-12-31', '2019-W01'],
  ];
  for (const [day, week] of weeks) {
    it(`${day} is in ${week}`, () => {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      assert.equal(formatWeek({ y, m, d }), week);
    });
  }
  it('knows weekdays, Easter and Thanksgiving', () => {
    assert.equal(isoWeekday({ y: 2020, m: 1, d: 3 }), 5);
    assert.deepEqual(easterSunday(2020), { y: 2020, m: 4, d: 12 });
    assert.deepEqual(easterSunday(2019), { y: 2019, m: 4, d: 21 });
    assert.deepEqual(nthWeekdayOfMonth(2019, 11, 4, 4), { y: 2019, m: 11, d: 28 });
    assert.deepEqual(nthWeekdayOfMonth(2020, 5, 1, -1), { y: 2020, m: 5, d: 25 });
  });
});

describe('parseAnchor', () => {
  const rows: readonly [string, object | null][] = [
    ['2020-01-03', { y: 2020, m: 1, d: 3 }],
    ['2020-01-03T07:05Z', { y: 2020, m: 1, d: 3, hour: 7, minute: 5 }],
    ['2020-01', { y: 2020, m: 1 }],
    ['Jan 3', null],
  ];
  for (const [value, parts] of rows) {
    it(`${value}`, () => {
      const anchor = parseAnchor(value);
      if (parts === null) assert.equal(anchor, null);
      else assert.deepEqual({ ...anchor, value: undefined }, { ...parts, value: undefined });
    });
  }
});

describe('readAmount', () => {
  const rows: readonly [string, number | null][] = [
    ['444', 444], ['two', 2], ['twenty-four', 24], ['a', 1], ['1,000', 1000], ['2 1/2', 2.5], ['several', null], ['two thousand', 2000],
  ];
  for (const [raw, value] of rows) it(`${raw} → ${value}`, () => assert.equal(readAmount(raw), value));
});
