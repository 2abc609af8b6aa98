/**
 * The online clusterer's state as plain data: one story (`SavedStory`) and what a run changed
 * (`ClusterChanges`), saved and restored by the clusterer (src/stories/clustering) and written by
 * the store. Here, in the model, because both layers speak it and neither may import the other.
 */
export interface SavedStory {
  readonly id: string;
  /** Creation order across the whole corpus; the older story survives a merge. */
  readonly order: number;
  readonly title: string | null;
  /** Members in all. */
  readonly size: number;
  /** Time range of the members, ms since the epoch. */
  readonly first: number | null;
  readonly last: number | null;
  /** Centroids: term or name → summed weight. */
  readonly terms: Readonly<Record<string, number>>;
  readonly names: Readonly<Record<string, number>>;
  /** idf-weighted norms and the corpus size they were computed at; null = recompute. */
  readonly norms: { readonly documents: number; readonly terms: number; readonly names: number } | null;
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
