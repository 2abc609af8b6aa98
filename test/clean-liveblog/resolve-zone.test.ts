import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveZone } from '../../src/clean/liveblog/index.ts';

const CASES: readonly [string, string | null][] = [
  ['Coordinated Universal Time (UTC)', 'UTC'],
  ['All updates in Coordinated Universal Time (UTC)', 'UTC'],
  ['UTC', 'UTC'],
  ['GMT', 'Europe/London'],
  ['BST', 'Europe/London'],
  ['UK time (GMT/BST)', 'Europe/London'],
  ['CET', 'Europe/Berlin'],
  ['CEST', 'Europe/Berlin'],
  ['ET', 'America/New_York'],
  ['EST', 'America/New_York'],
  ['EDT', 'America/New_York'],
  ['AEST', 'Australia/Sydney'],
  ['AEDT', 'Australia/Sydney'],
  ['Europe/Paris', 'Europe/Paris'],
  ['Moscow time', 'Europe/Moscow'],
  ['et al', null],
  ['hard', null],
  ['', null],
];

for (const [statement, expected] of CASES) {
  test(`resolveZone(${JSON.stringify(statement)}) → ${expected}`, () => {
    assert.equal(resolveZone(statement), expected);
  });
}
