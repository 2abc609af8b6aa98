/**
 * Paths → raw documents, in order: the one reading loop shared by ingest (which stores) and
 * extract (which prints). Problems come out in place, never thrown; `input` events drive progress.
 */
import type { Problem, RawDocument } from '../model/index.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES, readInput } from '../ingest/index.ts';
import { listInputs } from './list-inputs.ts';
import { readAllStdin, readInputBytes } from './read-input-file.ts';

export type RawEvent =
  | { readonly kind: 'input'; readonly input: string; readonly index: number; readonly total: number }
  | { readonly kind: 'problem'; readonly problem: Problem }
  | { readonly kind: 'document'; readonly raw: RawDocument };

export interface ReadRawOptions {
  readonly maxDocumentBytes?: number;
  readonly readStdin?: () => Promise<Uint8Array>;
}

export async function* readRawDocuments(paths: readonly string[], options: ReadRawOptions = {}): AsyncGenerator<RawEvent> {
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const listed = listInputs(paths);
  for (const problem of listed.problems) yield { kind: 'problem', problem };
  for (const [index, input] of listed.inputs.entries()) {
    yield { kind: 'input', input, index, total: listed.inputs.length };
    const read = await readInputBytes(input, maxDocumentBytes, options.readStdin ?? readAllStdin);
    if ('problem' in read) {
      yield { kind: 'problem', problem: read.problem };
      continue;
    }
    const result = await readInput(input, read.bytes, { maxDocumentBytes });
    for (const problem of result.problems) yield { kind: 'problem', problem };
    for (const raw of result.documents) yield { kind: 'document', raw };
  }
}

/** A file received over HTTP: its name as the user gave it (the format is read from it) and its bytes. */
export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The same events for files already in memory (the server's uploads); each name is the item and origin. */
export async function* readUploadedRaw(files: readonly UploadedFile[], options: ReadRawOptions = {}): AsyncGenerator<RawEvent> {
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  for (const [index, file] of files.entries()) {
    yield { kind: 'input', input: file.name, index, total: files.length };
    const result = await readInput(file.name, file.bytes, { maxDocumentBytes });
    for (const problem of result.problems) yield { kind: 'problem', problem };
    for (const raw of result.documents) yield { kind: 'document', raw };
  }
}
