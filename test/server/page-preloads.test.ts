import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagePreloads, withPreloads } from '../../src/server/page-preloads.ts';

test('a story page preloads its timeline, story row and summary, as the view asks them', () => {
  assert.deepEqual(pagePreloads('/stories/s-0a1b2c'), ['/api/stories/s-0a1b2c/timeline', '/api/stories/s-0a1b2c', '/api/stories/s-0a1b2c/summary']);
  // the view encodes the decoded id: the preload must be the same URL, or the browser fetches twice
  assert.deepEqual(pagePreloads('/stories/s%3Ax')[0], '/api/stories/s%3Ax/timeline');
  assert.deepEqual(pagePreloads('/stories/a"b<c>')[0], '/api/stories/a%22b%3Cc%3E/timeline');
  for (const other of ['/', '/stories', '/stories/x/y', '/doc/d-1', '/stories/%E0%A4%A']) assert.deepEqual(pagePreloads(other), [], other);
});

test('preload links go before </head>, and a page without one is left alone', () => {
  const html = '<html><head><title>t</title></head><body></body></html>';
  assert.equal(withPreloads(html, ['/api/a?x=1&y=2']), '<html><head><title>t</title><link rel="preload" as="fetch" crossorigin href="/api/a?x=1&amp;y=2"></head><body></body></html>');
  assert.equal(withPreloads(html, []), html);
  assert.equal(withPreloads('<p>no head</p>', ['/api/a']), '<p>no head</p>');
});
