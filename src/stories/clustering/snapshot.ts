/**
 * The clusterer's state as plain data, for a caller that keeps it in a store: a run starts from the
 * parts of the stored state that the next documents need (`ClusterSnapshot`, restored piece by
 * piece), and hands back what changed (`ClusterChanges`) to be written in the same transaction.
 * Nothing here knows about a database; the pipeline does the loading and saving.
 */
import type { SavedStory } from '../../model/index.ts';

export type { SavedStory };

/** Part of a stored state; each field may be restored on its own, in any number of calls. */
export interface ClusterSnapshot {
  /** Documents the corpus has seen (the N of idf) and the next creation order. */
  readonly corpus?: { readonly documents: number; readonly nextOrder: number };
  /** Document frequencies of some term keys and name keys (unlisted keys stay as they are). */
  readonly termDf?: Iterable<readonly [string, number]>;
  readonly nameDf?: Iterable<readonly [string, number]>;
  readonly stories?: readonly SavedStory[];
  /** Index key → live story ids, least recently touched first. */
  readonly postings?: Iterable<readonly [string, readonly string[]]>;
}

/** What a run changed, to be written back. */
export interface ClusterChanges {
  /** Documents added in this run. */
  readonly documents: number;
  /** Key → how many of this run's documents had it. */
  readonly termDf: ReadonlyMap<string, number>;
  readonly nameDf: ReadonlyMap<string, number>;
  /** Each document added in this run → the live story it is in now. */
  readonly assignments: ReadonlyMap<string, string>;
  /** Live stories created or changed in this run, whole. */
  readonly stories: readonly SavedStory[];
  /** [absorbed, survivor] in the order the merges happened. */
  readonly absorbed: readonly (readonly [string, string])[];
  /** [index key, story] pairs touched, in order (the last touch is the most recent). */
  readonly postings: readonly (readonly [string, string])[];
}
