/**
 * The one Store interface (ARCHITECTURE.md "Store"). Both back ends run the same SQL migrations
 * and the same queries; only how a connection is made differs.
 */
import type { Annotations, Document, ContentType, Hints, Problem, DocumentKind, SavedStory, ClusterChanges, Correction, CorrectionInput } from '../model/index.ts';

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
  /** Inclusive bounds on the publication date (`to` may be a prefix: `2020-01` is the whole month). */
  readonly from?: string;
  readonly to?: string;
  /** Members of this (live) story. */
  readonly story?: string;
  /** Documents naming an entity: part of its name or alias, or its exact corpus key. */
  readonly entity?: string;
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

/** The layers stored one row per record (entities have their own table). */
export type AnnotationLayer = 'mention' | 'quote' | 'timex' | 'event' | 'fact' | 'stance';

/** One document's annotations, replacing whatever an earlier analysis stored for it. */
export interface AnnotationWrite {
  readonly annotations: Annotations;
  /** The analysis version that produced them (models + rules), so stale ones can be redone. */
  readonly version: string;
  /** Corpus key of each document-local entity id (a partial key linked to a full one where it fits). */
  readonly corpusKeys: ReadonlyMap<string, string>;
  /** The text shown for each record, by `layer/localId` (`quote/q0`); computed by the caller from the document text. */
  readonly snippets: ReadonlyMap<string, string>;
}

/** Filters of `storyline entities|quotes|times|events|facts|stances`; every one optional. */
export interface AnnotationFilter {
  /** A document id or unique id prefix. */
  readonly document?: string;
  /** Part of an entity's name or alias, case-insensitive: records about that entity (anywhere in the corpus). */
  readonly entity?: string;
  /** Part of a speaker's name or alias (quotes), or of the reacting actor's (stances, events). */
  readonly speaker?: string;
  /** Entity type, quote kind, timex type, event type, fact unit or stance value. */
  readonly type?: string;
  /** Inclusive bounds on the record's date (timex value, event date; else the document's publication date). */
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  /** Records of the documents of this (live) story. */
  readonly story?: string;
  /** Records about the entity with exactly this corpus key (speaker, actor or target). */
  readonly entityKey?: string;
  /** Rows to skip (a page after the first). */
  readonly offset?: number;
}

/** A stored record as the CLI shows it. */
export interface StoredRecord {
  readonly doc: string;
  readonly layer: AnnotationLayer;
  readonly localId: string;
  readonly start: number;
  readonly end: number;
  readonly type: string | null;
  readonly date: string | null;
  readonly snippet: string;
  /** The canonical name of the record's entity (speaker, actor) and of an event's target. */
  readonly entityName: string | null;
  readonly targetName: string | null;
  readonly docTitle: string | null;
  readonly docSource: string | null;
  readonly docPublished: string | null;
  /** The whole record as annotate produced it. */
  readonly record: Record<string, unknown>;
}

/** An entity across the corpus: every document's entities with one corpus key. */
export interface CorpusEntity {
  readonly key: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly title: string; readonly org?: string }[];
  readonly country: string | null;
  readonly geo: { readonly lat: number; readonly lon: number } | null;
  /** Documents naming it, and its mentions in them — both over the documents the query kept (a story's, a date range's, or the whole corpus). */
  readonly documents: number;
  readonly mentions: number;
}

/** One duplicate relation (the relate layer's DuplicatePair as stored); for `version`, `docs[0]` is the older. */
export interface DuplicatePairRow {
  readonly kind: 'exact' | 'near' | 'version' | 'wire';
  readonly docs: readonly [string, string];
  readonly score: number;
  readonly passages: readonly { readonly passages: readonly [string, string]; readonly score: number }[];
}

/** A story's clustering state as stored (the model's SavedStory). */
export type StoryStateRow = SavedStory;

/** What relating documents changed: their lookup keys, duplicate pairs, and the clusterer's changes. */
export interface RelationWrite {
  readonly prints: readonly { readonly doc: string; readonly exact: string; readonly publishedMs: number | null; readonly lsh: readonly number[] }[];
  readonly pairs: readonly DuplicatePairRow[];
  readonly cluster: ClusterChanges;
}

/** Reads and the final write of one relate step, inside one transaction that holds the relate lock. */
export interface RelateSession {
  /** The story a document is already in (another writer may have related it since it was listed), or null. */
  storyOf(docId: string): Promise<string | null>;
  /** Stored documents sharing the body hash or an LSH key, newest first, at most `limit`. */
  duplicateCandidates(lsh: readonly number[], exact: string, limit: number): Promise<string[]>;
  documents(ids: readonly string[]): Promise<Document[]>;
  clusterCorpus(): Promise<{ documents: number; nextOrder: number }>;
  clusterDf(kind: 'term' | 'name', keys: readonly string[]): Promise<[string, number][]>;
  /** Index key → live story ids (aliases resolved), at most `limit`, least recently touched first. */
  storyPostings(keys: readonly string[], limit: number): Promise<[string, string[]][]>;
  storyStates(ids: readonly string[]): Promise<StoryStateRow[]>;
  /** Time range (ms) and creation order of live stories, by id: what candidate ranking reads. */
  storyRanges(ids: readonly string[]): Promise<[string, { first: number | null; last: number | null; order: number }][]>;
  write(relations: RelationWrite): Promise<void>;
}

export interface StorySummary {
  readonly id: string;
  readonly title: string | null;
  readonly documents: number;
  /** Distinct outlets among the members (unknown outlet: each document its own). */
  readonly outlets: number;
  /** Publication range of the members, ISO. */
  readonly first: string | null;
  readonly last: string | null;
  /** Ids of stories merged into this one. */
  readonly aliases: readonly string[];
}

/** One day of a story's activity series (`storyActivity`). */
export interface StoryActivityDay {
  /** `YYYY-MM-DD`, the publication date as the documents give it. */
  readonly date: string;
  readonly documents: number;
}

export interface StoryQuery {
  readonly limit?: number;
  /** Stories with at least this many documents. */
  readonly minDocuments?: number;
  /** Stories with a member document whose title or text matches (full-text search). */
  readonly text?: string;
  /** Stories whose publication range meets [from, to] (`to` may be a prefix: `2020-01` is the whole month). */
  readonly from?: string;
  readonly to?: string;
  /** Rows to skip (a page after the first). */
  readonly offset?: number;
}

/** Full-text search over documents (`websearch_to_tsquery` syntax), with the document filters. */
export interface SearchQuery extends Omit<DocumentQuery, 'after'> {
  readonly text: string;
  readonly offset?: number;
}

/** One ranked document: its summary, the rank, and a snippet cut into plain and matched parts (never markup). */
export interface SearchHit {
  readonly document: DocumentSummary;
  readonly rank: number;
  readonly snippet: readonly { readonly text: string; readonly match: boolean }[];
  /** The best matching passage (UTF-16 span into the text, as the snippet's source), or null when only the title matched. */
  readonly passage: { readonly start: number; readonly end: number } | null;
}

/** One value of a search facet and how many of the counted matches carry it. */
export interface SearchFacetValue {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** Facet counts over the counted matches (the newest ones, the set a search ranks; search-facets.ts). */
export interface SearchFacets {
  readonly outlet: readonly SearchFacetValue[];
  readonly kind: readonly SearchFacetValue[];
  /** Days (`2024-03-14`) while the counted matches span a month at most, else months (`2024-03`); newest first. */
  readonly date: { readonly unit: 'day' | 'month'; readonly values: readonly SearchFacetValue[] };
  readonly entity: readonly SearchFacetValue[];
  readonly story: readonly SearchFacetValue[];
}

/** A page of hits, with facets counted over the newest matches (`counted` of them; `capped` when more match). */
export interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly counted: number;
  readonly capped: boolean;
  readonly facets: SearchFacets | null;
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
  /** Stores each document's annotations in one transaction per call, replacing earlier ones. */
  writeAnnotations(writes: readonly AnnotationWrite[]): Promise<void>;
  /** Ids of documents with no analysis of `version`, in id order, after the cursor. */
  listUnanalysed(version: string, limit: number, after?: string): Promise<string[]>;
  /** How many documents carry an analysis of `version` (and of any version). */
  countAnalysed(version: string): Promise<{ readonly current: number; readonly any: number }>;
  /** A document's stored annotations, with entity keys resolved to corpus keys; null when not analysed. */
  getAnnotations(docId: string): Promise<Annotations | null>;
  /** The annotations of many documents at once (a few statements, not a round trip each); unanalysed ones are absent. */
  getAnnotationsOf(docIds: readonly string[]): Promise<Map<string, Annotations>>;
  /** Upkeep after a batch of writes (PGlite, autovacuum's work: planner statistics once the corpus outgrew them, GIN pending lists merged); cheap when nothing is due. */
  maintain(): Promise<void>;
  /** Full (non-partial) corpus keys of `type` whose last name word is one of `surnames` (for linking `PERSON:~soleimani`). */
  corpusKeysBySurname(type: string, surnames: readonly string[]): Promise<string[]>;
  /** Points every entity now under corpus key `from` (a partial key) at `to`; returns how many moved. */
  relinkCorpusKey(from: string, to: string): Promise<number>;
  /** Entity corrections (src/model/corrections.ts), oldest first; every entity read applies them. */
  listCorrections(): Promise<Correction[]>;
  /** Stores a correction and applies it everywhere at once; a StoreError `invalid-correction` or `unknown-entity` when it cannot be made. */
  addCorrection(input: CorrectionInput): Promise<Correction>;
  /** Deletes (undoes) a correction; null when there is none with that id. */
  deleteCorrection(id: number): Promise<Correction | null>;
  queryRecords(layer: AnnotationLayer, filter?: AnnotationFilter): Promise<StoredRecord[]>;
  listEntities(filter?: AnnotationFilter): Promise<CorpusEntity[]>;
  /** Documents by id (missing ids are skipped), in the order asked. */
  getDocuments(ids: readonly string[]): Promise<Document[]>;
  /** Ids of documents not yet in a story, oldest publication first, at most `limit`. */
  listUnrelated(limit: number): Promise<string[]>;
  /** Runs one relate step in a transaction under the store-wide relate lock (one writer decides at a time). */
  relate<T>(work: (session: RelateSession) => Promise<T>): Promise<T>;
  /** Stories, most recently active first. */
  listStories(query?: StoryQuery): Promise<StorySummary[]>;
  /** The live story an id, a merged story's old id or a unique id prefix stands for; null when none. */
  resolveStory(idOrPrefix: string): Promise<string | null>;
  getStory(id: string): Promise<StorySummary | null>;
  /** A value that changes whenever anything a view of the story reads changes (members, analyses, corrections); null when no such story. */
  storyVersion(id: string): Promise<string | null>;
  /**
   * The story's version and its view `key` when one is stored under exactly that version (else body
   * null); null when no such live story. Views are derived data, stored by whoever computes them.
   */
  storyViewAt(id: string, key: string): Promise<{ version: string; body: string | null } | null>;
  /** Stores the JSON of view `key` computed at `version`, replacing what was stored for that key. */
  putStoryView(id: string, key: string, version: string, body: string): Promise<void>;
  /** Documents per publication day of each story (dense, its last 60 days with documents); stories without dated members are absent. */
  storyActivity(ids: readonly string[]): Promise<Map<string, StoryActivityDay[]>>;
  /** How many live stories the store holds. */
  countStories(): Promise<number>;
  /** A story's member document ids, newest publication first, at most `limit`. */
  storyDocuments(storyId: string, limit: number): Promise<string[]>;
  /** The story a document is in, or null. */
  storyOfDocument(docId: string): Promise<string | null>;
  /** Every duplicate pair of the store (for the export). */
  listDuplicatePairs(): Promise<DuplicatePairRow[]>;
  /** Every duplicate pair that involves one of the documents. */
  duplicatePairs(docIds: readonly string[]): Promise<DuplicatePairRow[]>;
  /**
   * A value that changes whenever any write to the database commits (PostgreSQL's current snapshot:
   * the oldest running transaction, the next transaction id and those in progress), by this process or
   * any other. Equal values mean every committed row is the same, so an answer computed after reading
   * one value is still the answer while the value stays: what the server's search cache relies on.
   */
  snapshot(): Promise<string>;
  /** Ranked full-text search over documents (PostgreSQL FTS on both back ends), best first. */
  searchDocuments(query: SearchQuery): Promise<SearchHit[]>;
  /** The same search with facet counts over the newest matches (the ranked set), for the search page. */
  search(query: SearchQuery): Promise<SearchResult>;
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
