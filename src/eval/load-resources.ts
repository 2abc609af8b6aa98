/** The shipped weights for suites that run the whole annotate pass (eval reads files; stages do not). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NlpResources } from '../nlp/index.ts';
import { newestModelFile, resourcesFromFiles } from '../nlp/index.ts';

function readNewest(repoRoot: string, folder: string, prefix: string): Uint8Array {
  const dir = join(repoRoot, 'models', folder);
  const name = newestModelFile(prefix, readdirSync(dir));
  if (name === null) throw new Error(`no ${prefix}-v<N> weights in ${dir}`);
  return readFileSync(join(dir, name));
}

/** `repoRoot` defaults to this checkout. */
export function loadNlpResources(repoRoot = new URL('../../', import.meta.url).pathname): NlpResources {
  return resourcesFromFiles({ ner: readNewest(repoRoot, 'ner', 'ner'), events: readNewest(repoRoot, 'events', 'events') });
}
