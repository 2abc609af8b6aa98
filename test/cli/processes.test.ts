/**
 * Real processes: two `storyline ingest` at once into one PostgreSQL database store each document
 * once; a process killed mid-batch leaves no half-written document and the next run completes.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createScratchDatabase } from '../helpers/postgres.ts';

const BIN = fileURLToPath(new URL('../../bin/storyline.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'storyline-proc-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const CITIES = ['Baghdad', 'Tehran', 'Beirut', 'Kabul', 'Damascus', 'Sanaa', 'Erbil', 'Basra'];
function writeInputs(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const city = CITIES[i % CITIES.length] as string;
    const body = [`Report ${i} from ${city}`, `January ${(i % 28) + 1}, 2020`,
      `Officials in ${city} said on Monday that report number ${i} describes a meeting of ${i + 3} delegates.`,
      `The talks lasted ${i % 9 + 1} hours, a spokesman said, and will resume next week.`].join('\n\n');
    writeFileSync(join(dir, `report-${String(i).padStart(4, '0')}.txt`), `${body}\n`);
  }
}

function runBin(args: string[], env: NodeJS.ProcessEnv = {}): { done: Promise<{ code: number | null; stdout: string; stderr: string }>; kill: () => void } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { done, kill: () => child.kill('SIGKILL') };
}

test('processes: two ingest processes into one PostgreSQL database store each document once', async () => {
  const inputs = join(tmp, 'pg-inputs');
  writeInputs(inputs, 120);
  const scratch = await createScratchDatabase();
  try {
    const args = ['ingest', inputs, '--database-url', scratch.url, '--batch-size', '8', '--json'];
    const [a, b] = await Promise.all([runBin(args).done, runBin(args).done]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const sa = JSON.parse(a.stdout);
    const sb = JSON.parse(b.stdout);
    assert.equal(sa.ingested + sb.ingested, 120, 'every document ingested by exactly one process');
    assert.equal(sa.failed + sb.failed, 0);
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS docs, count(DISTINCT raw_sha256)::int AS distinct_raw,
      (SELECT count(*)::int FROM raw_inputs) AS raws FROM documents`);
    await client.end();
    assert.deepEqual(rows[0], { docs: 120, distinct_raw: 120, raws: 120 });
  } finally {
    await scratch.drop();
  }
});

test('processes: a PGlite ingest killed mid-batch leaves no half-written document; the next run completes', async () => {
  const inputs = join(tmp, 'kill-inputs');
  writeInputs(inputs, 400);
  const dataDir = join(tmp, 'kill-store');
  const victim = runBin(['ingest', inputs, '--data-dir', dataDir, '--batch-size', '4']);
  await new Promise((resolve) => setTimeout(resolve, 7000));
  victim.kill();
  await victim.done;
  const rerun = await runBin(['ingest', inputs, '--data-dir', dataDir, '--json']).done;
  assert.equal(rerun.code, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout);
  assert.equal(summary.ingested + summary.unchanged, 400);
  const db = await PGlite.create(join(dataDir, 'pgdata'));
  try {
    const { rows } = await db.query<{ docs: number; raws: number; without_passages: number }>(`SELECT
      (SELECT count(*)::int FROM documents) AS docs, (SELECT count(*)::int FROM raw_inputs) AS raws,
      (SELECT count(*)::int FROM documents d WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.doc_id = d.id)) AS without_passages`);
    assert.deepEqual(rows[0], { docs: 400, raws: 400, without_passages: 0 });
  } finally {
    await db.close();
  }
});
