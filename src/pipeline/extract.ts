/** ingest → clean without a store: what `storyline extract` prints. */
import type { Document, Problem } from '../model/index.ts';
import { cleanDocument } from '../clean/index.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES, readInput } from '../ingest/index.ts';
import { listInputs } from './list-inputs.ts';
import { readAllStdin, readInputBytes } from './read-input-file.ts';

export type ExtractEvent = { readonly document: Document } | { readonly problem: Problem };

export async function* extractPaths(
  paths: readonly string[],
  options: { maxDocumentBytes?: number; readStdin?: () => Promise<Uint8Array> } = {},
): AsyncGenerator<ExtractEvent> {
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const listed = listInputs(paths);
  for (const p of listed.problems) yield { problem: p };
  for (const input of listed.inputs) {
    const read = await readInputBytes(input, maxDocumentBytes, options.readStdin ?? readAllStdin);
    if ('problem' in read) {
      yield { problem: read.problem };
      continue;
    }
    const result = await readInput(input, read.bytes, { maxDocumentBytes });
    for (const p of result.problems) yield { problem: p };
    for (const raw of result.documents) {
      const cleaned = cleanDocument(raw);
      for (const p of cleaned.problems) yield { problem: p };
      if (cleaned.document) yield { document: cleaned.document };
    }
  }
}
