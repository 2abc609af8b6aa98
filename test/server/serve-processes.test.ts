/**
 * `storyline serve --processes N` (src/cli/serve-processes.ts): on PostgreSQL, N server processes
 * share one port and answer; stopping the primary stops them all, exit 0; a worker that dies is
 * replaced. On a PGlite data directory the flag is refused (exit 2, nothing opened).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { createScratchDatabase } from '../helpers/postgres.ts';

const BIN = fileURLToPath(new URL('../../bin/storyline.js', import.meta.url));

/** The pids of `pid`'s child processes. */
function childrenOf(pid: number): number[] {
  const run = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  return run.stdout.split('\n').filter(Boolean).map(Number);
}

async function until<T>(what: string, probe: () => T | undefined | false, ms = 30_000): Promise<T> {
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((r) => setTimeout(r, 100))) {
    const value = probe();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('serve --processes 2 on PostgreSQL: two processes share the port, a dead one is replaced, Ctrl+C stops all', async () => {
  const db = await createScratchDatabase();
  const primary = spawn(process.execPath, [BIN, 'serve', '--database-url', db.url, '--port', '0', '--processes', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  primary.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  primary.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => primary.on('exit', (code) => resolve(code)));
  try {
    const url = await until('the banner', () => /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1]);
    assert.match(stdout, /2 processes; press Ctrl\+C to stop\./);
    assert.equal(stdout.match(/Storyline is serving/g)?.length, 1, 'one banner, not one per process');
    const workers = childrenOf(primary.pid!);
    assert.equal(workers.length, 2, `two server processes: ${workers}`);
    const answers = await Promise.all(Array.from({ length: 12 }, () => fetch(`${url}api/status`).then((r) => r.status)));
    assert.deepEqual(new Set(answers), new Set([200]));

    process.kill(workers[0]!, 'SIGKILL');
    await until('a new server process', () => {
      const now = childrenOf(primary.pid!);
      return now.length === 2 && !now.includes(workers[0]!);
    });
    assert.match(stderr, /a server process stopped \(SIGKILL\); starting another/);
    assert.equal((await fetch(`${url}api/status`)).status, 200);

    const running = childrenOf(primary.pid!);
    primary.kill('SIGINT');
    assert.equal(await exited, 0);
    assert.deepEqual(running.filter((pid) => spawnSync('kill', ['-0', String(pid)]).status === 0), [], 'every server process stopped');
  } finally {
    if (primary.exitCode === null) primary.kill('SIGKILL');
    await db.drop();
  }
});

test('serve --processes on a PGlite data directory: refused, exit 2, nothing opened', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'storyline-serve-')), 'data');
  const run = await runCli(['serve', '--data-dir', dir, '--processes', '2'], {});
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--processes needs PostgreSQL/);
  assert.equal(existsSync(dir), false);
  const zero = await runCli(['serve', '--data-dir', dir, '--processes', '0'], {});
  assert.equal(zero.code, 2);
  assert.match(zero.stderr, /--processes expects a positive whole number/);
});
