/** The shipped weights for suites (eval reads files; stages do not): one place that finds the newest `models/<folder>/<prefix>-v<N>.*`. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NlpResources } from '../nlp/index.ts';
import { newestModelFile, resourcesFromFiles } from '../nlp/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Path of the newest weights file in `models/<folder>`, or null while none has been trained. */
export function shippedModelPath(folder: string, repoRoot = REPO_ROOT): string | null {
  const dir = join(repoRoot, 'models', folder);
  if (!existsSync(dir)) return null;
  const name = newestModelFile(folder, readdirSync(dir));
  return name === null ? null : join(dir, name);
}

function readShipped(folder: string, repoRoot: string): Uint8Array {
  const path = shippedModelPath(folder, repoRoot);
  if (path === null) throw new Error(`no ${folder}-v<N> weights in ${join(repoRoot, 'models', folder)}`);
  return readFileSync(path);
}

/** `repoRoot` defaults to this checkout. */
export function loadNlpResources(repoRoot = REPO_ROOT): NlpResources {
  return resourcesFromFiles({ ner: readShipped('ner', repoRoot), events: readShipped('events', repoRoot) });
}
