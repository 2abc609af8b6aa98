/**
 * Default thresholds, chosen on the DEV files only (ECB+ topics 1–35, UCI prefix dev) by the sweep
 * in src/eval/clustering/sweep.ts; the figures behind each choice are in README.md.
 */
import type { ClusterOptions } from './types.ts';

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  joinThreshold: 0.115,
  mergeThreshold: 0.22,
  entityWeight: 0.3,
  decayDays: 3,
  maxGapDays: 30,
  indexTerms: 12,
  candidates: 30,
  postingLimit: 400,
  leadLines: 2,
  shortTextTerms: 20,
  shortJoinThreshold: 0.1,
  centroidTerms: 1000,
};
