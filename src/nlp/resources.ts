/**
 * Turning the bytes of the shipped weight files into NlpResources. Pure: the callers (pipeline,
 * eval) read `models/ner/` and `models/events/`; this picks the newest version of each and names
 * the analysis version after the code version and the weights' hashes.
 */
import { createHash } from 'node:crypto';
import { parseEventModel } from './events/index.ts';
import { parseNerModel } from './ner/index.ts';
import type { NlpResources } from './index.ts';
import { ANNOTATE_CODE_VERSION } from './index.ts';

/** `ner-v2.bin.gz` beats `ner-v1.json.gz`; files that are not `<prefix>-v<N>.<ext>` are ignored. */
export function newestModelFile(prefix: string, fileNames: readonly string[]): string | null {
  const pattern = new RegExp(`^${prefix}-v(\\d+)\\.[\\w.]+$`);
  let best: { name: string; version: number } | null = null;
  for (const name of fileNames) {
    const m = pattern.exec(name);
    if (m && (best === null || Number(m[1]) > best.version)) best = { name, version: Number(m[1]) };
  }
  return best?.name ?? null;
}

export interface ModelFiles {
  readonly ner: Uint8Array;
  readonly events: Uint8Array;
}

/** The analysis version these weights give, without parsing them. */
export function analysisVersion(files: ModelFiles): string {
  const short = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  return `${ANNOTATE_CODE_VERSION}+ner:${short(files.ner)}+events:${short(files.events)}`;
}

export function resourcesFromFiles(files: ModelFiles): NlpResources {
  return { ner: parseNerModel(files.ner), events: parseEventModel(files.events), version: analysisVersion(files) };
}
