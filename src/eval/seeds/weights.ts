/** Whether the shipped weights that loadNlpResources reads are in this checkout (absent while a model is being trained). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestModelFile } from '../../nlp/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function hasNlpWeights(repoRoot = REPO_ROOT): boolean {
  return (['ner', 'events'] as const).every((kind) => {
    const dir = join(repoRoot, 'models', kind);
    return existsSync(dir) && newestModelFile(kind, readdirSync(dir)) !== null;
  });
}
