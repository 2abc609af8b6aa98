/**
 * The clusterer's state as plain data, for a caller that keeps it in a store: a run starts from the
 * parts of the stored state that the next documents need (`ClusterSnapshot`, restored piece by
 * piece), and hands back what changed (`ClusterChanges`) to be written in the same transaction.
 * Nothing here knows about a database; the pipeline does the loading and saving.
 */
import type { ClusterChanges, SavedStory } from '../../model/index.ts';

export type { ClusterChanges, SavedStory };

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
