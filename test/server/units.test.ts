/** The server's small pure parts, as case tables: cursors, snippets, upload names, static paths, where it may listen. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isAuthorised, sessionValue } from '../../src/server/auth.ts';
import { bindRefusal, isLoopbackHost } from '../../src/server/bind-policy.ts';
import { decodeCursor, encodeCursor, keyOf, offsetOf, pageOf } from '../../src/server/cursor.ts';
import { HttpProblem } from '../../src/server/problem.ts';
import { uploadName } from '../../src/server/routes/ingest.ts';
import { fileFor } from '../../src/server/static-files.ts';
import { snippetParts } from '../../src/store/search-queries.ts';

test('cursors round-trip; foreign or malformed cursors are 400s', () => {
  assert.deepEqual(decodeCursor(encodeCursor({ k: 'd123' })), { k: 'd123' });
  assert.equal(offsetOf(decodeCursor(encodeCursor({ o: 40 }))), 40);
  assert.equal(offsetOf(decodeCursor(undefined)), 0);
  for (const bad of ['nope', encodeCursor({ o: -1 } as never), Buffer.from('[1]').toString('base64url'), encodeCursor({ o: 1.5 } as never)]) {
    assert.throws(() => decodeCursor(bad), (e: unknown) => e instanceof HttpProblem && e.status === 400, bad);
  }
  assert.throws(() => keyOf({ o: 3 }), HttpProblem);
  assert.throws(() => offsetOf({ k: 'x' }), HttpProblem);
});

test('pageOf: one row more than the page means there is a next page', () => {
  assert.deepEqual(pageOf([1, 2, 3], 2, (_, n) => ({ o: n })), { items: [1, 2], next: encodeCursor({ o: 2 }) });
  assert.deepEqual(pageOf([1, 2], 2, (_, n) => ({ o: n })), { items: [1, 2], next: null });
  assert.deepEqual(pageOf([], 2, (_, n) => ({ o: n })), { items: [], next: null });
});

test('snippet marks become parts; marks in the page text itself never open a match', () => {
  const CASES: [string, { text: string; match: boolean }[]][] = [
    ['a \uE000b\uE001 c', [{ text: 'a ', match: false }, { text: 'b', match: true }, { text: ' c', match: false }]],
    ['\uE000x\uE001', [{ text: 'x', match: true }]],
    ['plain', [{ text: 'plain', match: false }]],
    ['stray \uE001 stop', [{ text: 'stray  stop', match: false }]],
    ['<b>not markup</b>', [{ text: '<b>not markup</b>', match: false }]],
  ];
  for (const [input, expected] of CASES) assert.deepEqual(snippetParts(input), expected, JSON.stringify(input));
});

test('upload names: folders and control characters dropped, repeats numbered before the extensions', () => {
  const taken = new Set<string>();
  const CASES: [string, string][] = [
    ['report.html', 'report.html'],
    ['report.html', 'report (2).html'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\me\\feed.jsonl.gz', 'feed.jsonl.gz'],
    ['feed.jsonl.gz', 'feed (2).jsonl.gz'],
    ['bad\u0000name.txt', 'badname.txt'],
    ['', 'upload'],
  ];
  for (const [given, expected] of CASES) assert.equal(uploadName(given, taken), expected, given);
});

test('static files: only inside the build folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'storyline-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'x');
  writeFileSync(join(root, 'index.html'), 'x');
  const CASES: [string, string | null][] = [
    ['/assets/app.js', join(root, 'assets', 'app.js')],
    ['/assets', null],
    ['/../../etc/passwd', null],
    ['/..%2f..%2fetc%2fpasswd', null],
    ['/%00', null],
    ['/%E0%A4%A', null],
    ['/story/s-1', null],
  ];
  for (const [path, expected] of CASES) assert.equal(fileFor(root, path), expected, path);
});

test('where serve may listen: loopback freely, elsewhere only with a token', () => {
  const CASES: [string, string | undefined, boolean][] = [
    ['127.0.0.1', undefined, true], ['localhost', undefined, true], ['::1', undefined, true], ['[::1]', undefined, true], ['127.1.2.3', undefined, true],
    ['0.0.0.0', undefined, false], ['::', undefined, false], ['192.168.1.10', undefined, false], ['example.org', undefined, false],
    ['0.0.0.0', '', false], ['0.0.0.0', 'secret', true],
  ];
  for (const [host, token, allowed] of CASES) {
    assert.equal(bindRefusal(host, token) === null, allowed, `${host} ${token}`);
    if (!allowed) assert.match(bindRefusal(host, token) ?? '', /--token/);
  }
  assert.equal(isLoopbackHost('LOCALHOST'), true);
});

test('credentials: the bearer token or the session cookie, nothing else', () => {
  const token = 't0ken';
  const CASES: [string | undefined, string | undefined, boolean][] = [
    ['Bearer t0ken', undefined, true],
    ['bearer  t0ken', undefined, true],
    ['Bearer t0ke', undefined, false],
    ['Basic t0ken', undefined, false],
    [undefined, `a=b; storyline_session=${sessionValue(token)}`, true],
    [undefined, `storyline_session=${sessionValue('other')}`, false],
    [undefined, 'storyline_session=t0ken', false],
    [undefined, undefined, false],
  ];
  for (const [authorization, cookie, ok] of CASES) assert.equal(isAuthorised(token, authorization, cookie), ok, `${authorization} ${cookie}`);
});
