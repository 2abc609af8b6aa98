/** Expands the paths a user gave into input files: directories recursively, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../model/index.ts';
import { problem } from '../model/index.ts';

export interface InputList {
  /** File paths, and `-` for stdin, in the order given (directory contents sorted). */
  readonly inputs: string[];
  readonly problems: Problem[];
}

export function listInputs(paths: readonly string[]): InputList {
  const inputs: string[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    if (path === '-') inputs.push(path);
    else collect(path, inputs, problems);
  }
  return { inputs, problems };
}

function collect(path: string, inputs: string[], problems: Problem[]): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    problems.push(problem('ingest', 'unreadable', describeFsError(error), path, true));
    return;
  }
  if (!isDirectory) {
    inputs.push(path);
    return;
  }
  let entries: string[];
  try {
    entries = readdirSync(path).sort();
  } catch (error) {
    problems.push(problem('ingest', 'unreadable', describeFsError(error), path, true));
    return;
  }
  // Hidden files (.DS_Store, .git) are never reports.
  for (const entry of entries) if (!entry.startsWith('.')) collect(join(path, entry), inputs, problems);
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    default: return e.message ?? String(error);
  }
}
