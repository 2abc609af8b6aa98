/** Reads one input's bytes (a file or stdin), refusing a single-document file over the size limit unread. */
import { readFileSync, statSync } from 'node:fs';
import type { Problem } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { describeFsError } from './list-inputs.ts';

/** Containers hold many documents: the limit applies to each of their records, not to the file. */
const CONTAINER_EXTENSIONS = /\.(jsonl|ndjson|json|warc)(\.gz)?$/i;
/** Even a container must fit in memory: past this, split it. */
export const MAX_CONTAINER_BYTES = 1024 ** 3;

export type InputBytes = { readonly bytes: Uint8Array } | { readonly problem: Problem };

export async function readInputBytes(input: string, maxDocumentBytes: number, stdin: () => Promise<Uint8Array>): Promise<InputBytes> {
  if (input === '-') return { bytes: await stdin() };
  const limit = CONTAINER_EXTENSIONS.test(input) ? MAX_CONTAINER_BYTES : maxDocumentBytes;
  try {
    const size = statSync(input).size;
    if (size > limit) {
      return { problem: problem('ingest', 'too-large', `${formatBytes(size)} is over the limit of ${formatBytes(limit)} (--max-size)`, input, true) };
    }
    return { bytes: readFileSync(input) };
  } catch (error) {
    return { problem: problem('ingest', 'unreadable', describeFsError(error), input, true) };
  }
}

export async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}
