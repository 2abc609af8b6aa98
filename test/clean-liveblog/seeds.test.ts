import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segmentLiveblog } from '../../src/clean/liveblog/index.ts';
import { splitBlankLines } from './build.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
const seed = (prefix: string): string | null => {
  if (!existsSync(SEEDS)) return null;
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  return name ? readFileSync(SEEDS + name, 'utf8') : null;
};

/** [seed, entry text start, expected time]; plus entry counts per seed. */
const CASES: readonly [string, string, string][] = [
  ['003_', '00:57 World leaders', '2020-01-04T00:57Z'],
  ['003_', '03:09 US Secretary', '2020-01-04T03:09Z'],
  ['003_', '23:56 Iraqi state TV', '2020-01-03T23:56Z'],
  ['003_', '06:00 Welcome to the DW News', '2020-01-03T06:00Z'],
  ['002_', '07:00 Welcome', '2020-01-03T07:00Z'],
  ['002_', '08:05 To catch you up', '2020-01-03T08:05Z'],
];

const segmentSeed = (text: string) =>
  segmentLiveblog({ text, paragraphs: splitBlankLines(text), published: { value: '2020-01-03', precision: 'day' }, zone: null });

for (const [prefix, start, time] of CASES) {
  test(`seed ${prefix}: "${start}" → ${time}`, (t) => {
    const text = seed(prefix);
    if (text === null) return t.skip('seeds not found under ../shared/corpus/seeds');
    // The page has no-break spaces after some labels (`00:57\u00a0World`): compare with spaces folded.
    const opening = (at: number): string => text.slice(at, at + start.length + 8).replace(/\s+/g, ' ');
    const entry = segmentSeed(text).entries.find((e) => opening(e.start).startsWith(start));
    assert.ok(entry, `no entry starts with ${start}`);
    assert.equal(entry.time, time);
  });
}

test('seed 003: 99 entries newest first in UTC, the video duration 03:42 is none', (t) => {
  const text = seed('003_');
  if (text === null) return t.skip('seeds not found under ../shared/corpus/seeds');
  const result = segmentSeed(text);
  assert.equal(result.isLiveblog, true);
  assert.equal(result.order, 'newest-first');
  assert.equal(result.zone, 'UTC');
  assert.equal(result.entries.length, 99);
  assert.ok(!result.entries.some((e) => text.startsWith('03:42', e.start)));
});

test('seeds 000, 001, 004 are no live blogs', (t) => {
  for (const prefix of ['000_', '001_', '004_']) {
    const text = seed(prefix);
    if (text === null) return t.skip('seeds not found under ../shared/corpus/seeds');
    assert.equal(segmentSeed(text).isLiveblog, false, prefix);
  }
});
