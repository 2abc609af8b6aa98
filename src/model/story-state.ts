/**
 * One story's online-clustering state as plain data: what the clusterer (src/stories/clustering)
 * saves and restores and what the store keeps in its `stories` table. Here, in the model, because
 * both layers speak it and neither may import the other.
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
