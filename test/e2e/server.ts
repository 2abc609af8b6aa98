/**
 * Start `storyline serve` for a browser test: a fresh data directory, a free loopback port, and
 * a wait on /healthz. STORYLINE_E2E_URL points the tests at a server that is already running
 * instead (its store is then not empty, and the tests that need an empty one are skipped).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer { url: string; fresh: boolean; output: () => string; stop: () => Promise<void> }

const ROOT = new URL('../../', import.meta.url);

export async function startServer(): Promise<RunningServer> {
  const given = process.env.STORYLINE_E2E_URL;
  if (given) return { url: given.replace(/\/$/, ''), fresh: false, output: () => '', stop: async () => {} };
  const dataDir = mkdtempSync(join(tmpdir(), 'storyline-e2e-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/storyline.js', 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', join(dataDir, 'store')], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYLINE_DATABASE_URL: '' },
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log);
  return {
    url, fresh: true, output: () => log,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`storyline serve exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`storyline serve did not answer /healthz within 90 s:\n${log()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}
