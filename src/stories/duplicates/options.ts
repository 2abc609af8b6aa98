/**
 * Shapes and thresholds of duplicate detection, in one place (README.md says why each value).
 * LSH thresholds are where the S-curve is steepest, (1/bands)^(1/rows): 0.42 for documents,
 * 0.50 for passages, below the decision thresholds so candidates at the threshold are rarely missed
 * (a pair at J = 0.5 becomes a document candidate with probability 1 − (1 − 0.5^4)^32 = 0.87,
 * at J = 0.6 with 0.98).
 */
import type { LshShape } from './lsh.ts';

export interface DuplicateOptions {
  /** Words per shingle of a whole document. */
  readonly documentShingle: number;
  readonly documentHashes: number;
  readonly documentLsh: LshShape;
  /** Words per shingle of a passage (shorter: a passage has fewer words to spare). */
  readonly passageShingle: number;
  readonly passageHashes: number;
  readonly passageLsh: LshShape;
  /** Passages with fewer words are no evidence ("Read more", a dateline, "Image: Reuters"). */
  readonly minPassageWords: number;
  /** Estimated Jaccard of two passages from which they are the same passage. */
  readonly passageThreshold: number;
  /** Estimated Jaccard of two whole bodies from which they are near duplicates. */
  readonly nearThreshold: number;
  /** Share of one document's passage words found in the other: same outlet → version. */
  readonly versionCoverage: number;
  /** The same for two documents at one URL (an update of one page needs less proof). */
  readonly sameUrlCoverage: number;
  /** The same share across outlets (or outlets unknown) → wire (or near): a trimmed agency copy. */
  readonly wireCoverage: number;
  /**
   * Coverage counts only with at least this many shared passages and shared words: a page whose
   * whole text is one chrome line ("An ultra-low latency infrastructure for electronic trading…",
   * on news-sample's Reuters pages) is otherwise "covered" by every other page of its outlet.
   */
  readonly minSharedPassages: number;
  readonly minSharedWords: number;
  /**
   * Same-outlet copies published further apart than this are `near`, not `version`: an update comes
   * within days, while Reuters-21578 re-runs "FED ADDS RESERVES VIA CUSTOMER REPURCHASES" from one
   * template every few days with new figures, and those are not updates of one another.
   */
  readonly maxVersionGapHours: number;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = {
  documentShingle: 5,
  documentHashes: 128,
  documentLsh: { bands: 32, rows: 4, maxBucket: 200 },
  passageShingle: 4,
  passageHashes: 64,
  passageLsh: { bands: 16, rows: 4, maxBucket: 100 },
  minPassageWords: 8,
  passageThreshold: 0.6,
  nearThreshold: 0.5,
  versionCoverage: 0.8,
  sameUrlCoverage: 0.6,
  wireCoverage: 0.8,
  minSharedPassages: 2,
  minSharedWords: 40,
  maxVersionGapHours: 72,
};
