/**
 * A Storyline data directory: a marker file that says it is ours, a lock that keeps a second
 * process out (PGlite serves one process at a time), and the PGlite database under `pgdata/`.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StoreError } from './store.ts';

const MARKER_FILE = 'storyline.json';
const LOCK_FILE = 'lock';
const MARKER = { format: 'storyline-data-dir', version: 1 } as const;

export interface DataDirLayout {
  readonly root: string;
  readonly pgdata: string;
}

/** Creates the directory if needed, or checks that an existing one is Storyline's. */
export function prepareDataDir(dir: string): DataDirLayout {
  const root = resolve(dir);
  if (existsSync(root)) {
    const entries = safeReaddir(root);
    if (entries.length > 0 && !entries.includes(MARKER_FILE)) {
      throw new StoreError(
        'not-a-data-dir',
        `${root} is not a Storyline data directory (no ${MARKER_FILE}) and is not empty; choose another --data-dir`,
      );
    }
    if (entries.includes(MARKER_FILE)) checkMarker(join(root, MARKER_FILE));
  }
  mkdirSync(join(root, 'pgdata'), { recursive: true });
  const markerPath = join(root, MARKER_FILE);
  if (!existsSync(markerPath)) writeFileSync(markerPath, `${JSON.stringify(MARKER, null, 2)}\n`);
  return { root, pgdata: join(root, 'pgdata') };
}

function safeReaddir(root: string): string[] {
  try {
    return readdirSync(root);
  } catch (error) {
    throw new StoreError('data-dir-unreadable', `cannot read data directory ${root}: ${(error as Error).message}`, { cause: error });
  }
}

function checkMarker(path: string): void {
  let marker: unknown;
  try {
    marker = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new StoreError('not-a-data-dir', `${path} is not a Storyline marker file (not JSON)`);
  }
  if (typeof marker !== 'object' || marker === null || (marker as { format?: unknown }).format !== MARKER.format) {
    throw new StoreError('not-a-data-dir', `${path} does not describe a Storyline data directory`);
  }
}

/**
 * Takes the directory's lock for this process. A lock left by a process that no longer runs is
 * taken over; a live holder gets a clear refusal instead of two processes corrupting one database.
 * Returns the release function.
 */
export function lockDataDir(layout: DataDirLayout): () => void {
  const path = join(layout.root, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        const server = serverOf(layout.root, holder);
        throw new StoreError(
          'data-dir-locked',
          server
            ? `data directory ${layout.root} is held by \`storyline serve\` at ${server} (process ${holder}); PGlite serves one process at a time — ` +
              `add reports through it (the page's upload, or POST ${server}api/ingest), or stop the server first`
            : `data directory ${layout.root} is in use by process ${holder}; PGlite serves one process at a time — ` +
              'wait for it to finish, or use PostgreSQL (--database-url) for concurrent writers',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new StoreError('data-dir-locked', `could not lock data directory ${layout.root}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const SERVER_FILE = 'server.json';

/**
 * Notes in a data directory that a `storyline serve` of this process holds it at `url`, so another
 * process refused by the lock can say where to send its documents. Returns the function that removes the note.
 */
export function announceServer(root: string, url: string): () => void {
  const path = join(root, SERVER_FILE);
  writeFileSync(path, `${JSON.stringify({ pid: process.pid, url })}\n`);
  return () => rmSync(path, { force: true });
}

function serverOf(root: string, holder: number): string | null {
  try {
    const note = JSON.parse(readFileSync(join(root, SERVER_FILE), 'utf8')) as { pid?: unknown; url?: unknown };
    return note.pid === holder && typeof note.url === 'string' ? note.url : null;
  } catch {
    return null;
  }
}
