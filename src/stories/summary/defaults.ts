/**
 * Tuning of the extractive summariser. Chosen by reading the seed story's output, not measured on an
 * evaluation set yet (see README.md "Limits"); each constant says why it has its value.
 */
export const SUMMARY_DEFAULTS = {
  /** Shorter sentences (in words) are chrome, headlines run into the text or fragments; longer ones are run-on captions or lists. */
  minWords: 6,
  maxWords: 55,
  /**
   * Two sentences whose term-pair shingles have this Jaccard or more are one sentence copied (wire copy,
   * live-blog re-post): one changed word in a 15-term sentence costs two of 14 pairs (Jaccard 0.75), two cost ~0.55.
   */
  copyJaccard: 0.5,
  /** Redundancy (any two printed sentences): TF-IDF cosine above this (timeline/'s cut, measured on T17; 0.5 let two accounts of one killing through) ... */
  maxCosine: 0.3,
  /** ... or the smaller one shares this share of its terms with the other ("the same sentence in other words"). */
  maxOverlap: 0.7,
  /** MEAD-style score = centrality (normalised to the best candidate) + positionWeight × 1/√(1+position) + supportWeight × ln(sources). */
  positionWeight: 0.3,
  supportWeight: 0.3,
  /** MMR trade-off (Carbonell & Goldstein 1998): λ × score − (1 − λ) × the highest cosine with a sentence already chosen. */
  lambda: 0.7,
} as const;

export type SummaryTuning = { -readonly [K in keyof typeof SUMMARY_DEFAULTS]: number };
