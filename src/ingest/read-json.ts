/**
 * A JSON file: one record (`{…}`), an array of records (`[{…}, …]`, items at `FILE#N`), or an export
 * wrapping the array (`{"articles": […]}`). Array items keep their exact bytes; items of a wrapped
 * array are re-serialised with JSON.stringify (their exact text is not located).
 */
import type { Problem, RawDocument } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { detectBom } from './bytes.ts';
import { decodeUtf8 } from './decode-document.ts';
import { scanJsonArray } from './json-array-scan.ts';
import { isRecord, mapRecord } from './map-record.ts';
import type { JsonRecord } from './map-record.ts';
import { RECORD_LIST_KEYS } from './record-fields.ts';
import { jsonErrorReason, notesToProblems, recordDocument } from './record-document.ts';
import { tooLarge } from './types.ts';
import type { IngestOptions, ReadResult } from './types.ts';

const SOURCE = 'ingest.json';

export function readJson(name: string, bytes: Uint8Array, options: IngestOptions): ReadResult {
  let first = detectBom(bytes)?.encoding === 'utf-8' ? 3 : 0;
  while (first < bytes.length && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === 0x0a || bytes[first] === 0x0d)) first++;
  if (bytes[first] === 0x5b) return readArray(name, bytes, first, options);
  const decoded = decodeUtf8(bytes);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return { documents: [], problems: [problem(SOURCE, 'invalid-json', jsonErrorReason(error), name, true)] };
  }
  const warnings = notesToProblems(SOURCE, name, decoded.notes, false);
  const wrapped = isRecord(value) ? wrappedList(value) : null;
  if (wrapped) return { documents: wrapped.documents, problems: [...warnings, ...wrapped.problems] };
  if (bytes.length > options.maxDocumentBytes) {
    const note = tooLarge(bytes.length, options.maxDocumentBytes);
    return { documents: [], problems: [problem(SOURCE, note.code, note.reason, name, true)] };
  }
  const one = recordDocument(value, name, bytes, SOURCE);
  return { documents: one.document ? [one.document] : [], problems: [...(one.document ? warnings : []), ...one.problems] };

  function wrappedList(record: JsonRecord): ReadResult | null {
    if (mapRecord(record).ok) return null;
    const key = RECORD_LIST_KEYS.find((k) => Array.isArray(record[k]) && (record[k] as unknown[]).some(isRecord));
    if (key === undefined) return null;
    const documents: RawDocument[] = [];
    const problems: Problem[] = [];
    (record[key] as unknown[]).forEach((item, i) => {
      const text = JSON.stringify(item) ?? 'null';
      const result = recordDocument(item, `${name}#${i + 1}`, new TextEncoder().encode(text), SOURCE);
      problems.push(...result.problems);
      if (result.document) documents.push(result.document);
    });
    return { documents, problems };
  }
}

function readArray(name: string, bytes: Uint8Array, open: number, options: IngestOptions): ReadResult {
  const scan = scanJsonArray(bytes, open);
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  scan.items.forEach(({ start, end }, i) => {
    const item = `${name}#${i + 1}`;
    const itemBytes = bytes.subarray(start, end);
    if (itemBytes.length > options.maxDocumentBytes) {
      const note = tooLarge(itemBytes.length, options.maxDocumentBytes);
      problems.push(problem(SOURCE, note.code, note.reason, item, true));
      return;
    }
    const decoded = decodeUtf8(itemBytes);
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      problems.push(problem(SOURCE, 'invalid-json', jsonErrorReason(error), item, true));
      return;
    }
    const result = recordDocument(value, item, itemBytes, SOURCE);
    if (result.document) {
      documents.push(result.document);
      problems.push(...notesToProblems(SOURCE, item, decoded.notes, false));
    }
    problems.push(...result.problems);
  });
  if (scan.error) {
    const kept = `${documents.length} record${documents.length === 1 ? '' : 's'} before it ${documents.length === 1 ? 'was' : 'were'} read`;
    // Fatal even when records were kept: the rest of the file is lost, and the exit status must say so.
    problems.push(problem(SOURCE, 'invalid-json', `${scan.error}; ${kept}`, name, true));
  }
  if (scan.items.length === 0 && !scan.error) problems.push(problem(SOURCE, 'empty', 'the JSON array holds no records', name, true));
  return { documents, problems };
}
