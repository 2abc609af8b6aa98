/**
 * A WARC file (already gunzipped) → one HTML document per page response, at `FILE#N` (N counts every
 * record, so it locates the record in the file). Records are framed by warc-split.ts, parsed by warcio. Requests, warcinfo and metadata are skipped
 * silently; skipped responses (images, redirects, errors) are summed up in one non-fatal note.
 * The record's WARC-Target-URI becomes the URL hint and its WARC-Date the `retrieved` hint: the capture
 * time, not the publication date, so it is never offered as `published` (it would override the page's own date).
 */
import { WARCParser } from 'warcio';
import type { Problem, RawDocument } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { notesToProblems } from './record-document.ts';
import { readWarcRecord } from './warc-record.ts';
import type { RecordOutcome } from './warc-record.ts';
import { splitWarc } from './warc-split.ts';
import type { IngestOptions, ReadResult } from './types.ts';

const SOURCE = 'ingest.warc';

export interface WarcOptions extends IngestOptions {
  /** The gzip stream was cut: a record cut at the end is dropped without a problem of its own. */
  readonly truncated?: boolean;
}

export async function readWarc(name: string, bytes: Uint8Array, options: WarcOptions): Promise<ReadResult> {
  const split = splitWarc(bytes);
  if (split.records.length === 0 && split.error && !(options.truncated && split.error.cut)) {
    return { documents: [], problems: [problem(SOURCE, 'invalid-warc', `not a WARC file: record 1 ${split.error.reason}`, name, true)] };
  }
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  const skipped = new Map<string, number>();
  for (const [i, recordBytes] of split.records.entries()) {
    const item = `${name}#${i + 1}`;
    const outcome = await readOne(recordBytes, item, options.maxDocumentBytes);
    if (outcome.kind === 'document') {
      documents.push(outcome.document);
      problems.push(...notesToProblems(SOURCE, item, outcome.notes, false));
    } else if (outcome.kind === 'problem') {
      problems.push(problem(SOURCE, outcome.note.code, outcome.note.reason, item, true));
    } else if (outcome.why !== null) {
      skipped.set(outcome.why, (skipped.get(outcome.why) ?? 0) + 1);
    }
  }
  // A record cut by a truncated gzip stream is covered by the caller's `truncated-gzip`.
  if (split.error && !(options.truncated && split.error.cut)) {
    const { index, reason } = split.error;
    problems.push(problem(SOURCE, 'invalid-warc', `record ${index} ${reason}; the rest of the file cannot be read`, `${name}#${index}`, true));
  }
  if (skipped.size > 0) problems.push(skippedNote(name, skipped));
  if (documents.length === 0 && !problems.some((p) => p.fatal) && !options.truncated) {
    const n = split.records.length;
    problems.push(problem(SOURCE, 'no-content', `no HTML page among its ${n} record${n === 1 ? '' : 's'}`, name, true));
  }
  return { documents, problems };
}

/** One whole record through warcio (HTTP headers, chunked transfer, content encoding). */
async function readOne(recordBytes: Uint8Array, item: string, maxDocumentBytes: number): Promise<RecordOutcome> {
  try {
    for await (const record of new WARCParser([recordBytes])) return await readWarcRecord(record, item, maxDocumentBytes);
    return { kind: 'problem', note: { code: 'invalid-warc', reason: 'warcio found no record here' } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'problem', note: { code: 'invalid-warc', reason: `cannot parse the record: ${message}` } };
  }
}

function skippedNote(name: string, skipped: ReadonlyMap<string, number>): Problem {
  const total = [...skipped.values()].reduce((a, b) => a + b, 0);
  const detail = [...skipped].map(([why, n]) => `${why} ×${n}`).join(', ');
  return problem(SOURCE, 'skipped-records', `skipped ${total} response record${total === 1 ? '' : 's'} that ${total === 1 ? 'is' : 'are'} not a 2xx HTML page (${detail})`, name, false);
}
