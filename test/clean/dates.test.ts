import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStatedDate } from '../../src/clean/dates.ts';

const CASES: [string | undefined, unknown][] = [
  ['2020-01-03', { value: '2020-01-03', precision: 'day' }],
  ['2020-01-03T07:05:00Z', { value: '2020-01-03T07:05Z', precision: 'minute' }],
  ['2020-01-03T08:05:00+01:00', { value: '2020-01-03T07:05Z', precision: 'minute' }],
  ['2020-01-03T08:05:00+0100', { value: '2020-01-03T07:05Z', precision: 'minute' }],
  ['2020-01-04 20:59', { value: '2020-01-04T20:59', precision: 'minute' }],
  ['1987-02-26T15:01:01.790', { value: '1987-02-26T15:01', precision: 'minute' }],
  ['Fri, 03 Jan 2020 07:05:00 GMT', { value: '2020-01-03T07:05Z', precision: 'minute' }],
  ['January 3, 2020', { value: '2020-01-03', precision: 'day' }],
  ['2020-02-30', null],
  ['yesterday', null],
  ['', null],
  [undefined, null],
];
for (const [input, expected] of CASES) {
  test(`stated date: ${JSON.stringify(input)}`, () => assert.deepEqual(parseStatedDate(input), expected));
}
