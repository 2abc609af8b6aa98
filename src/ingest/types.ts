/** The contract of the ingest stage: bytes of one input in, RawDocuments and Problems out. */
import type { Problem, RawDocument } from '../model/index.ts';

export type Format = 'text' | 'html' | 'json' | 'jsonl' | 'warc' | 'binary' | 'empty';

export interface IngestOptions {
  /** A single document (a file, a record, a WARC payload) larger than this is refused as `too-large`. */
  readonly maxDocumentBytes: number;
}

export interface ReadResult {
  documents: RawDocument[];
  problems: Problem[];
}

/** 20 MB: far above any real article page, low enough to refuse a mislabelled dump. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Even a container (JSONL, JSON, WARC) must fit in memory once decompressed; past this, split it. */
export const MAX_CONTAINER_BYTES = 1024 ** 3;

/** A warning or error found while reading, before it is given its item and source. */
export interface Note {
  readonly code: string;
  readonly reason: string;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}

export function tooLarge(size: number, limit: number): Note {
  return { code: 'too-large', reason: `${formatBytes(size)} (${size} bytes) is over the limit of ${formatBytes(limit)} (--max-size)` };
}
