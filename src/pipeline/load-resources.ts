/** Reads the shipped weights from `models/` (once per process or worker) and parses them. */
import { readdirSync, readFileSync } from 'node:fs';
import type { NlpResources } from '../nlp/index.ts';
import type { ModelFiles } from '../nlp/index.ts';
import { analysisVersion, newestModelFile, resourcesFromFiles } from '../nlp/index.ts';

export const MODELS_DIR = new URL('../../models/', import.meta.url);

function readNewest(folder: string, prefix: string): Uint8Array {
  const dir = new URL(`${folder}/`, MODELS_DIR);
  const name = newestModelFile(prefix, readdirSync(dir));
  if (name === null) throw new Error(`no ${prefix}-v<N> weights in ${dir.pathname}: run npm run train:${folder}`);
  return readFileSync(new URL(name, dir));
}

function readModelFiles(): ModelFiles {
  return { ner: readNewest('ner', 'ner'), events: readNewest('events', 'events') };
}

let cached: NlpResources | undefined;

export function loadNlpResources(): NlpResources {
  cached ??= resourcesFromFiles(readModelFiles());
  return cached;
}

/** The version an analysis with the shipped weights gets (without parsing them: cheap). */
export function currentAnalysisVersion(): string {
  return cached?.version ?? analysisVersion(readModelFiles());
}
