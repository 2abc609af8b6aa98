/**
 * `storyline serve` as a command: it refuses a non-loopback address without a token (exit 2, store
 * untouched), prints its URL, holds a PGlite data directory while it runs — a `storyline ingest` in
 * another process is told where the server is — and lets it go when stopped.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { serveCommand } from '../../src/cli/commands/serve.ts';
import { runCli } from '../helpers/cli.ts';
import { serverConnections } from '../../src/store/index.ts';

const BIN = fileURLToPath(new URL('../../bin/storyline.js', import.meta.url));

test('serve on a non-loopback address without a token: one clear message, exit 2, no store opened', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'storyline-serve-')), 'data');
  for (const host of ['0.0.0.0', '192.168.1.20']) {
    const run = await runCli(['serve', '--host', host, '--data-dir', dir], {});
    assert.equal(run.code, 2);
    assert.match(run.stderr, new RegExp(`refusing to listen on ${host.replace(/\./g, '\\.')} without a token.*--token TOKEN \\(or set STORYLINE_TOKEN\\)`));
    assert.equal(existsSync(dir), false);
  }
  const badPort = await runCli(['serve', '--port', 'eighty', '--data-dir', dir], {});
  assert.equal(badPort.code, 2);
  assert.match(badPort.stderr, /--port expects/);
  const badConnections = await runCli(['serve', '--connections', '0', '--data-dir', dir], {});
  assert.equal(badConnections.code, 2);
  assert.match(badConnections.stderr, /--connections expects a positive whole number, got "0"/);
  assert.equal(existsSync(dir), false);
});

test("serve's PostgreSQL pool: two connections per core in all, split across processes, at least 2", () => {
  assert.equal(serverConnections(1, 2), 4);
  assert.equal(serverConnections(2, 2), 2);
  assert.equal(serverConnections(3, 8), 6);
  assert.equal(serverConnections(8, 2), 2);
  assert.equal(serverConnections(0, 1), 2);
});

test('serve prints its URL, needs STORYLINE_TOKEN when set, holds the data directory and releases it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'storyline-serve-'));
  const dir = join(root, 'data');
  let stdout = '';
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const running = serveCommand(['--port', '0', '--data-dir', dir], {
    stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, env: { STORYLINE_TOKEN: 'env-token' },
  }, { stopped });
  for (let i = 0; i < 200 && !/http:\/\//.test(stdout); i++) await new Promise((r) => setTimeout(r, 50));
  const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
  assert.ok(url, stdout);
  assert.match(stdout, /\(token required\)/);
  assert.equal((await fetch(`${url}api/status`)).status, 401);
  assert.equal((await fetch(`${url}api/status`, { headers: { authorization: 'Bearer env-token' } })).status, 200);

  const report = join(root, 'report.txt');
  writeFileSync(report, 'Harbour talks\n\nUnion leaders met port managers on Tuesday to resume talks over pay, a spokesperson said.\n');
  const other = spawnSync(process.execPath, [BIN, 'ingest', report, '--data-dir', dir], { encoding: 'utf8' });
  assert.equal(other.status, 1);
  assert.match(other.stderr, new RegExp(`held by \`storyline serve\` at ${url.replace(/[.]/g, '\\.')}.*POST ${url.replace(/[.]/g, '\\.')}api/ingest`));

  stop();
  assert.equal(await running, 0);
  assert.equal(existsSync(join(dir, 'lock')), false, 'the lock is released');
  assert.equal(existsSync(join(dir, 'server.json')), false, 'the note is withdrawn');
});
