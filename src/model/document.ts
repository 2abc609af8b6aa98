/**
 * The one document model (ARCHITECTURE.md): ingest yields RawDocuments, clean turns each
 * into a Document whose `text` is the truth that every span points into.
 */
import type { Span } from './span.ts';

/** What the reader found inside the bytes: the content to clean, and what the container said about it. */
export type ContentType = 'text' | 'html';

/** Metadata that the container (a JSON record, a WARC header, a file name) states about a document. */
export interface Hints {
  readonly url?: string;
  readonly title?: string;
  /** As stated: an ISO date or date-time, or any date string the container carried. */
  readonly published?: string;
  readonly source?: string;
  readonly author?: string;
  readonly language?: string;
  /** When the page was captured (a WARC record's WARC-Date): kept with the raw input, never taken as publication. */
  readonly retrieved?: string;
}

export interface RawDocument {
  /** Where it came from: a file path, `-` for stdin, `path:LINE` for a JSON Lines record, `path#N` for a WARC record. */
  readonly origin: string;
  /** The exact input bytes of this document (the record, for containers); hashed for de-duplication and kept. */
  readonly bytes: Uint8Array;
  readonly contentType: ContentType;
  /** The decoded content to clean (HTML source or plain text). */
  readonly content: string;
  readonly hints: Hints;
}

export type Precision = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/** A TimeML-style value (`2020-01-03`, `2020-01-03T07:05Z`) with the precision the source stated. */
export interface DateValue {
  readonly value: string;
  readonly precision: Precision;
}

export type DocumentKind = 'article' | 'liveblog' | 'statement' | 'other';
export type PassageKind = 'paragraph' | 'liveblog_entry' | 'headline' | 'quote_block';

export interface Passage extends Span {
  readonly id: string;
  readonly kind: PassageKind;
  /** A live-blog entry's absolute timestamp, ISO 8601 (`2020-01-03T07:05Z`). */
  readonly time?: string;
}

/** A cleaned document. Offsets are UTF-16 code units into `text` (the export converts to code points). */
export interface Document {
  readonly id: string;
  readonly origin: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: DateValue | null;
  /** The outlet (`DW`), from a URL's domain or the text's self-reference; null when unknown — never a guess. */
  readonly source: string | null;
  /** Wire agencies credited (`AP`, `AFP`, `dpa`, `Reuters`). */
  readonly agencies: readonly string[];
  readonly author: string | null;
  /** BCP 47 language code when known (`en`). */
  readonly language: string | null;
  readonly kind: DocumentKind;
  readonly text: string;
  readonly rawSha256: string;
  readonly passages: readonly Passage[];
}
