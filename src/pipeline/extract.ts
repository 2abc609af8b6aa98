/** ingest → clean without a store: what `storyline extract` prints. */
import type { Document, Problem } from '../model/index.ts';
import { cleanDocument } from '../clean/index.ts';
import type { ReadRawOptions } from './read-raw.ts';
import { readRawDocuments } from './read-raw.ts';

export type ExtractEvent = { readonly document: Document } | { readonly problem: Problem };

export async function* extractPaths(paths: readonly string[], options: ReadRawOptions = {}): AsyncGenerator<ExtractEvent> {
  for await (const event of readRawDocuments(paths, options)) {
    if (event.kind === 'problem') yield { problem: event.problem };
    if (event.kind !== 'document') continue;
    const cleaned = cleanDocument(event.raw);
    for (const problem of cleaned.problems) yield { problem };
    if (cleaned.document) yield { document: cleaned.document };
  }
}
