/**
 * ingest: the bytes of one input (a file or stdin `-`) → RawDocuments and Problems. Detects the
 * format, undoes gzip, decodes the charset and splits containers (JSON, JSON Lines, WARC) into
 * records. No file system here: the pipeline reads the bytes. Never throws on any input.
 *
 * Truncated gzip: fatal for the file. For JSON Lines and WARC the complete records before the
 * break are kept (the incomplete last one is dropped), and the file still gets a fatal
 * `truncated-gzip` so the loss is visible in the exit status; other formats keep nothing.
 */
import type { Problem } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { binaryReason } from './bytes.ts';
import { detectDecompressed, extensionFormat, withoutGz } from './detect-format.ts';
import { gunzip, gunzipPrefix, isGzip } from './gzip.ts';
import { readJson } from './read-json.ts';
import { readJsonl } from './read-jsonl.ts';
import { readSingle } from './read-single.ts';
import { readWarc } from './read-warc.ts';
import { MAX_CONTAINER_BYTES } from './types.ts';
import type { Format, IngestOptions, ReadResult } from './types.ts';

export { detectFormat } from './detect-format.ts';
export { decodeDocument } from './decode-document.ts';
export { DEFAULT_MAX_DOCUMENT_BYTES, MAX_CONTAINER_BYTES } from './types.ts';
export type { Format, IngestOptions, ReadResult } from './types.ts';

const CONTAINERS: ReadonlySet<string> = new Set(['json', 'jsonl', 'warc']);
/** Formats whose complete records before a gzip break are kept. */
const SALVAGEABLE: ReadonlySet<Format> = new Set(['jsonl', 'warc']);

function fail(source: string, code: string, reason: string, item: string): ReadResult {
  return { documents: [], problems: [problem(source, code, reason, item, true)] };
}

export async function readInput(name: string, bytes: Uint8Array, options: IngestOptions): Promise<ReadResult> {
  try {
    return await read(name, bytes, options);
  } catch (error) {
    // A reader that throws is a bug; the input still gets one clear message and the batch goes on.
    const message = error instanceof Error ? error.message : String(error);
    return fail('ingest', 'internal-error', `reading failed: ${message}`, name);
  }
}

async function read(name: string, bytes: Uint8Array, options: IngestOptions): Promise<ReadResult> {
  const what = name === '-' ? 'stdin' : 'the file';
  if (bytes.length === 0) return fail('ingest.empty', 'empty', `${what} is empty (0 bytes)`, name);
  let content = bytes;
  let innerName = name;
  let truncated = false;
  if (isGzip(bytes)) {
    innerName = withoutGz(name);
    const prefix = gunzipPrefix(bytes);
    const expected = prefix === null ? extensionFormat(innerName) : detectDecompressed(innerName, prefix, true);
    const unzipped = gunzip(bytes, expected !== null && CONTAINERS.has(expected) ? MAX_CONTAINER_BYTES : options.maxDocumentBytes + 1);
    if (!unzipped.ok) return fail('ingest.gzip', unzipped.note.code, unzipped.note.reason, name);
    content = unzipped.bytes;
    truncated = unzipped.truncated;
  }
  const format = detectDecompressed(innerName, content, truncated);
  if (format === 'empty') return fail('ingest.empty', 'empty', `${what} holds ${content === bytes ? 'only whitespace' : 'nothing once decompressed'}`, name);
  if (format === 'binary') return fail('ingest.binary', 'binary', binaryReason(content) ?? 'not text', name);
  if (truncated && !SALVAGEABLE.has(format)) {
    return fail('ingest.gzip', 'truncated-gzip', `the gzip stream ends early (truncated download?); a partial ${format} document is not stored`, name);
  }
  const result = await readFormat(name, content, format, { ...options, truncated });
  if (truncated) result.problems.push(truncation(name, result.documents.length));
  return result;
}

function readFormat(name: string, content: Uint8Array, format: 'text' | 'html' | 'json' | 'jsonl' | 'warc', options: IngestOptions & { truncated: boolean }): ReadResult | Promise<ReadResult> {
  switch (format) {
    case 'text':
    case 'html':
      return readSingle(name, content, format, options);
    case 'json':
      return readJson(name, content, options);
    case 'jsonl':
      return readJsonl(name, content, options);
    case 'warc':
      return readWarc(name, content, options);
  }
}

function truncation(name: string, kept: number): Problem {
  const s = kept === 1 ? '' : 's';
  return problem('ingest.gzip', 'truncated-gzip', `the gzip stream ends early (truncated download?); kept the ${kept} complete record${s} before the break, the rest is lost`, name, true);
}
