/** The PGlite data directory: ours or refused, one process at a time, a database URL that does not answer. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { openPgliteStore, openPostgresStore } from '../../src/store/index.ts';
import { makeWrite } from '../helpers/documents.ts';

const tmp = mkdtempSync(join(tmpdir(), 'storyline-datadir-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('data dir: a new directory is created, written, closed and reopened with its documents', async () => {
  const dir = join(tmp, 'fresh');
  const write = makeWrite('Kept across reopening.');
  const store = await openPgliteStore(dir);
  await store.writeDocuments([write]);
  await store.close();
  assert.ok(existsSync(join(dir, 'storyline.json')));
  assert.ok(!existsSync(join(dir, 'lock')), 'the lock is released on close');
  const again = await openPgliteStore(dir);
  try {
    assert.equal((await again.getDocument(write.document.id))?.text, 'Kept across reopening.');
  } finally {
    await again.close();
  }
});

const FOREIGN_CASES: [string, (dir: string) => void][] = [
  ['a folder with someone else’s files', (dir) => { mkdirSync(dir); writeFileSync(join(dir, 'notes.txt'), 'mine'); }],
  ['a marker that is not ours', (dir) => { mkdirSync(dir); writeFileSync(join(dir, 'storyline.json'), '{"format":"other"}'); }],
  ['a marker that is not JSON', (dir) => { mkdirSync(dir); writeFileSync(join(dir, 'storyline.json'), 'garbage'); }],
];
for (const [name, prepare] of FOREIGN_CASES) {
  test(`data dir: ${name} is refused and left untouched`, async () => {
    const dir = join(tmp, name.replace(/\W+/g, '-'));
    prepare(dir);
    await assert.rejects(openPgliteStore(dir), { code: 'not-a-data-dir' });
    assert.ok(!existsSync(join(dir, 'pgdata')));
  });
}

test('data dir: a directory held by a live process is refused with a clear message', async () => {
  const dir = join(tmp, 'locked');
  mkdirSync(dir);
  writeFileSync(join(dir, 'storyline.json'), '{"format":"storyline-data-dir","version":1}');
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  try {
    writeFileSync(join(dir, 'lock'), String(holder.pid));
    await assert.rejects(openPgliteStore(dir), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'data-dir-locked');
      assert.match(error.message, new RegExp(`in use by process ${holder.pid}`));
      return true;
    });
  } finally {
    holder.kill();
  }
});

test('data dir: a lock left by a dead process is taken over', async () => {
  const dir = join(tmp, 'stale');
  const store = await openPgliteStore(dir);
  await store.close();
  writeFileSync(join(dir, 'lock'), '999999999');
  const again = await openPgliteStore(dir);
  await again.close();
});

test('postgres: a database URL that does not answer gives one clear error, password hidden', async () => {
  await assert.rejects(openPostgresStore('postgres://someone:secret@127.0.0.1:1/nothing'), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'database-unreachable');
    assert.match(error.message, /cannot connect to postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing/);
    assert.doesNotMatch(error.message, /secret/);
    return true;
  });
});
