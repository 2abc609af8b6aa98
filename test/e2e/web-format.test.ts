/**
 * The page's number display (web/src/format.ts): digits grouped by hand, as `toLocaleString('en')`
 * groups them (Node has ICU loaded already, so it is the reference here; the page avoids its cold start).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupDigits, plural } from '../../web/src/format.ts';

for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, -1234, -999, 1234.5, 0.25]) {
  test(`groupDigits(${n}) is toLocaleString('en')`, () => assert.equal(groupDigits(n), n.toLocaleString('en', { maximumFractionDigits: 20 })));
}

test('plural: one, many, and a grouped count', () => {
  assert.equal(plural(1, 'source'), '1 source');
  assert.equal(plural(0, 'source'), '0 sources');
  assert.equal(plural(12_345, 'story', 'stories'), '12,345 stories');
});
