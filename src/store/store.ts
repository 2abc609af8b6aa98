/**
 * The one Store interface (ARCHITECTURE.md "Store"). Both back ends run the same SQL migrations
 * and the same queries; only how a connection is made differs.
 */
import type { Document, ContentType, Hints, Problem, DocumentKind } from '../model/index.ts';

export type Backend = 'pglite' | 'postgres';

/** A cleaned document with what it was cleaned from, ready to be written in one transaction. */
export interface DocumentWrite {
  readonly document: Document;
  readonly raw: { readonly bytes: Uint8Array; readonly contentType: ContentType; readonly hints: Hints };
  /** Non-fatal problems met while reading and cleaning it. */
  readonly warnings: readonly Problem[];
}

/** `ingested`: written now. `unchanged`: a document with the same raw bytes was already stored. */
export type WriteOutcome = 'ingested' | 'unchanged';

export interface DocumentSummary {
  readonly id: string;
  readonly origin: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: DocumentKind;
  readonly chars: number;
  readonly passages: number;
}

export interface DocumentQuery {
  readonly limit?: number;
  /** Cursor: the id of the last document of the previous page. */
  readonly after?: string;
  readonly source?: string;
  readonly kind?: DocumentKind;
}

export interface StoredRaw {
  readonly docId: string;
  readonly contentType: ContentType;
  readonly hints: Hints;
  readonly bytes: Uint8Array;
}

export interface StoreStats {
  readonly documents: number;
  readonly passages: number;
  readonly bySource: readonly { readonly source: string | null; readonly documents: number }[];
  readonly byKind: readonly { readonly kind: string; readonly documents: number }[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

export interface Store {
  readonly backend: Backend;
  /** Where the data lives: a data directory, or the database URL without its password. */
  readonly location: string;
  /** The raw hashes among `sha256s` that are already stored (to skip cleaning them again). */
  knownRawHashes(sha256s: readonly string[]): Promise<Set<string>>;
  /**
   * Writes documents in one transaction; each document's rows go in together or not at all.
   * A document whose raw bytes are already stored is left alone (`unchanged`), also when another
   * process is writing the same document at the same moment.
   */
  writeDocuments(writes: readonly DocumentWrite[]): Promise<WriteOutcome[]>;
  countDocuments(): Promise<number>;
  listDocuments(query?: DocumentQuery): Promise<DocumentSummary[]>;
  /** One document by id, or by a unique id prefix (at least 6 characters). */
  getDocument(idOrPrefix: string): Promise<Document | null>;
  getWarnings(docId: string): Promise<Problem[]>;
  getRaw(docId: string): Promise<StoredRaw | null>;
  /** Every document in id order, a page at a time (for export). */
  iterateDocuments(pageSize?: number): AsyncIterable<Document>;
  stats(): Promise<StoreStats>;
  /** Applied schema versions, oldest first. */
  schemaVersions(): Promise<number[]>;
  close(): Promise<void>;
}

/** Infrastructure failure (STYLE.md 2.5, kind 3): a stable code and a message that names the place. */
export class StoreError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}
