/**
 * The relate step over stored documents (ARCHITECTURE.md "relate"): each document not yet in a story
 * is looked up for duplicates (LSH keys in the store, candidates compared in a DuplicateIndex) and
 * placed in a story (the online clusterer restored from the store, stories/clustering/assign-from-source.ts),
 * oldest publication first. One transaction per document under the store's relate lock, so a crash
 * leaves no half-related document and two writers never decide on one story state at once.
 */
import type { Annotations, Document, Problem } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { assignFromSource, fromDocument, type ClusterOptions, type ClusterStateSource } from '../stories/clustering/index.ts';
import { DuplicateIndex, lookupKeys, type DuplicatePair } from '../stories/duplicates/index.ts';
import type { DuplicatePairRow, RelateSession, Store } from '../store/index.ts';

export interface RelateOptions {
  /** Documents fetched per page (each still gets its own transaction). */
  readonly batchSize?: number;
  /** At most this many stored documents are compared with each new one (the newest that share an LSH key). */
  readonly duplicateCandidates?: number;
  /** Clusterer thresholds (defaults: DEFAULT_CLUSTER_OPTIONS, chosen on the dev data). */
  readonly clusterOptions?: Partial<ClusterOptions>;
  readonly onProgress?: (done: number) => void;
}

export interface RelateSummary {
  readonly related: number;
  readonly failed: number;
  /** Stories opened, documents that joined an existing story, stories merged into others. */
  readonly opened: number;
  readonly joined: number;
  readonly merged: number;
  /** Duplicate pairs found (exact, near, version, wire). */
  readonly duplicates: number;
  /** The stories that gained a member (their ids when placed; a later merge may have absorbed some). */
  readonly stories: readonly string[];
  readonly problems: readonly Problem[];
}

export interface RelatedDocument {
  readonly story: string;
  /** True when another writer had related it first (nothing was changed). */
  readonly already: boolean;
  readonly isNew: boolean;
  readonly merged: readonly string[];
  readonly pairs: readonly DuplicatePair[];
}

export async function relateStored(store: Store, options: RelateOptions = {}): Promise<RelateSummary> {
  const batchSize = options.batchSize ?? 64;
  const problems: Problem[] = [];
  const failedIds = new Set<string>();
  let related = 0;
  let opened = 0;
  let joined = 0;
  let merged = 0;
  let duplicates = 0;
  const stories = new Set<string>();
  for (;;) {
    const ids = (await store.listUnrelated(batchSize + failedIds.size)).filter((id) => !failedIds.has(id));
    if (ids.length === 0) break;
    for (const doc of await store.getDocuments(ids)) {
      try {
        const result = await relateDocument(store, doc, await store.getAnnotations(doc.id), options);
        if (result.already) continue;
        related++;
        stories.add(result.story);
        if (result.isNew) opened++;
        else joined++;
        merged += result.merged.length;
        duplicates += result.pairs.length;
      } catch (error) {
        failedIds.add(doc.id);
        problems.push(problem('relate', 'internal-error', `relating failed: ${(error as Error).message}`, doc.origin, true));
      }
      options.onProgress?.(related + failedIds.size);
    }
  }
  if (related > 0) await store.maintain();
  return { related, failed: failedIds.size, opened, joined, merged, duplicates, stories: [...stories], problems };
}

/** Relates one stored document (duplicates, then its story) in one transaction. */
export async function relateDocument(store: Store, doc: Document, annotations: Annotations | null, options: RelateOptions = {}): Promise<RelatedDocument> {
  return store.relate(async (session) => {
    // Under the lock: a concurrent writer may have related it since it was listed; placing it twice
    // would count it twice in the clusterer's state.
    const already = await session.storyOf(doc.id);
    if (already !== null) return { story: already, isNew: false, merged: [], pairs: [], already: true };
    const keys = lookupKeys(doc);
    const candidateIds = (await session.duplicateCandidates(keys.lsh, keys.exact, options.duplicateCandidates ?? 50)).filter((id) => id !== doc.id);
    const pairs = duplicatesAmong(doc, await session.documents(candidateIds));
    const run = await assignFromSource([fromDocument(doc, annotations ?? undefined)], clusterSource(session), options.clusterOptions);
    await session.write({ prints: [{ doc: doc.id, ...keys }], pairs: pairs.map(toRow), cluster: run.changes });
    const assignment = run.assignments[0];
    if (!assignment) throw new Error('the clusterer placed no document');
    return { story: assignment.story, isNew: assignment.isNew, merged: assignment.merged, pairs, already: false };
  });
}

/** The pairs `doc` forms with the candidates, compared in publication order as ingest would have met them. */
function duplicatesAmong(doc: Document, candidates: readonly Document[]): DuplicatePair[] {
  const index = new DuplicateIndex();
  const published = (d: Document) => d.published?.value ?? '';
  for (const c of [...candidates].sort((a, b) => (published(a) < published(b) ? -1 : published(a) > published(b) ? 1 : 0))) index.add(c);
  return index.query(doc);
}

function toRow(pair: DuplicatePair): DuplicatePairRow {
  return { kind: pair.kind, docs: pair.docs, score: pair.score, passages: pair.passages };
}

function clusterSource(session: RelateSession): ClusterStateSource {
  return {
    corpus: () => session.clusterCorpus(),
    termDf: (keys) => session.clusterDf('term', keys),
    nameDf: (keys) => session.clusterDf('name', keys),
    postings: (keys, limit) => session.storyPostings(keys, limit),
    storyRanges: (ids) => session.storyRanges(ids),
    stories: (ids) => session.storyStates(ids),
  };
}
