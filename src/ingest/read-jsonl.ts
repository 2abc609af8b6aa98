/**
 * JSON Lines: one record per line, split in one linear pass over the bytes (indexOf per newline).
 * A bad line is one Problem at `FILE:LINE`; the other lines go in. When the gzip stream was cut,
 * the last, incomplete line is dropped and the truncation reported by the caller.
 */
import type { Problem, RawDocument } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { isBlank } from './bytes.ts';
import { decodeUtf8 } from './decode-document.ts';
import { jsonErrorReason, notesToProblems, recordDocument } from './record-document.ts';
import { tooLarge } from './types.ts';
import type { IngestOptions, ReadResult } from './types.ts';

const SOURCE = 'ingest.jsonl';

export interface JsonlOptions extends IngestOptions {
  /** The bytes end mid-stream: the text after the last newline is an incomplete record. */
  readonly truncated?: boolean;
}

export function readJsonl(name: string, bytes: Uint8Array, options: JsonlOptions): ReadResult & { readonly droppedPartialLine: boolean } {
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  let droppedPartialLine = false;
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    line++;
    if (newline < 0 && options.truncated) {
      droppedPartialLine = !isBlank(bytes.subarray(start));
      break;
    }
    const lineBytes = bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    start = end + 1;
    if (isBlank(lineBytes)) continue;
    const result = readLine(lineBytes, `${name}:${line}`, options.maxDocumentBytes);
    problems.push(...result.problems);
    if (result.document) documents.push(result.document);
  }
  return { documents, problems, droppedPartialLine };
}

function readLine(lineBytes: Uint8Array, item: string, maxDocumentBytes: number): { document: RawDocument | null; problems: Problem[] } {
  if (lineBytes.length > maxDocumentBytes) {
    const note = tooLarge(lineBytes.length, maxDocumentBytes);
    return { document: null, problems: [problem(SOURCE, note.code, note.reason, item, true)] };
  }
  const decoded = decodeUtf8(lineBytes);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return { document: null, problems: [problem(SOURCE, 'invalid-json', jsonErrorReason(error), item, true)] };
  }
  const result = recordDocument(value, item, lineBytes, SOURCE);
  const warnings = result.document ? notesToProblems(SOURCE, item, decoded.notes, false) : [];
  return { document: result.document, problems: [...warnings, ...result.problems] };
}
