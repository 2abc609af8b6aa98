/**
 * Plain data in and out of the online story clusterer. A `StoryInput` is what any caller can build:
 * the eval datasets directly, a `Document` + `Annotations` through `fromDocument` (from-document.ts).
 */

export interface StoryInput {
  /** The document id (unique within one clusterer). */
  readonly id: string;
  /** Publication time in ms since the epoch, or null when unknown (then time plays no part). */
  readonly time: number | null;
  readonly title: string | null;
  readonly text: string | null;
  /**
   * Entity keys (canonical entity ids or lower-cased names). When absent, capitalised words that
   * do not open a sentence stand in for names (see content-words.ts).
   */
  readonly entities?: readonly string[];
}

export interface ClusterOptions {
  /** Join the best candidate story when its score is at least this; otherwise open a story. */
  readonly joinThreshold: number;
  /** Merge two stories when their centroids' score is at least this. */
  readonly mergeThreshold: number;
  /** Weight of the entity cosine in the score (the text cosine gets 1 − this). */
  readonly entityWeight: number;
  /** Time decay: the score is multiplied by exp(−gap / decayDays), gap = days outside the story's range. */
  readonly decayDays: number;
  /** Stories whose range is further than this from the document's time are not candidates at all. */
  readonly maxGapDays: number;
  /** How many of a document's terms (highest TF-IDF) and entities enter the inverted index. */
  readonly indexTerms: number;
  /** How many candidate stories (most index hits, weighted by idf) are scored per document. */
  readonly candidates: number;
  /** Posting lists keep at most this many stories per key (the most recently touched). */
  readonly postingLimit: number;
  /**
   * The first this many non-empty lines (title, then the lead: a news article's first sentences carry
   * the story) count twice in the document's terms; 0 = off.
   */
  readonly leadLines: number;
  /** A document with at most this many distinct terms (a headline) joins at `shortJoinThreshold`. */
  readonly shortTextTerms: number;
  readonly shortJoinThreshold: number;
  /** A story's term centroid keeps its this many heaviest terms (story-state.ts `capCentroid`). */
  readonly centroidTerms: number;
}

/** What `add` reports for one document. */
export interface StoryAssignment {
  /** The story the document is in now (after any merge this add caused). */
  readonly story: string;
  readonly isNew: boolean;
  /** The score of the best candidate (0 when there was none). */
  readonly score: number;
  /** Stories absorbed into `story` by this add. */
  readonly merged: readonly string[];
}

/** One story as the export contract (EXPORT.md `stories`) wants it; times in ms. */
export interface StoryRecord {
  readonly id: string;
  readonly title: string | null;
  readonly docs: readonly string[];
  readonly first: number | null;
  readonly last: number | null;
  /** Ids of stories merged into this one; each still resolves here. */
  readonly aliases: readonly string[];
}
