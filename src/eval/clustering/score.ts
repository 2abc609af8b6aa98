/**
 * Clustering scores exactly as ../shared/data/clustering/README.md defines them.
 * B-cubed (Bagga & Baldwin 1998): per document d, P(d) = |C(d)∩G(d)|/|C(d)|, R(d) = |C(d)∩G(d)|/|G(d)|,
 * P and R are means over documents, F = 2PR/(P+R).
 * Pairwise (Miranda et al. 2018, Priberam eval_lib.py): contingency n_ij (gold i × predicted j),
 * TP = Σ C(n_ij, 2), TP+FP = Σ_j C(n_·j, 2), TP+FN = Σ_i C(n_i·, 2).
 */

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ClusteringScores {
  readonly bcubed: PrecisionRecall;
  readonly pairwise: PrecisionRecall;
  readonly documents: number;
  readonly goldClusters: number;
  readonly predictedClusters: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;
const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Scores `predicted[k]` against `gold[k]` (cluster labels of the same document k). */
export function scoreClustering(gold: readonly string[], predicted: readonly string[]): ClusteringScores {
  if (gold.length !== predicted.length) throw new Error(`Expected one predicted label per gold label, got ${predicted.length} for ${gold.length}.`);
  const cell = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const predictedSize = new Map<string, number>();
  for (let k = 0; k < gold.length; k++) {
    const g = gold[k] as string;
    const p = predicted[k] as string;
    const key = JSON.stringify([g, p]);
    cell.set(key, (cell.get(key) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predictedSize.set(p, (predictedSize.get(p) ?? 0) + 1);
  }
  let p3 = 0;
  let r3 = 0;
  for (let k = 0; k < gold.length; k++) {
    const g = gold[k] as string;
    const p = predicted[k] as string;
    const both = cell.get(JSON.stringify([g, p])) ?? 0;
    p3 += both / (predictedSize.get(p) ?? 1);
    r3 += both / (goldSize.get(g) ?? 1);
  }
  const n = gold.length;
  const bp = n > 0 ? p3 / n : 0;
  const br = n > 0 ? r3 / n : 0;
  let tp = 0;
  for (const count of cell.values()) tp += pairs(count);
  let predictedPairs = 0;
  for (const count of predictedSize.values()) predictedPairs += pairs(count);
  let goldPairs = 0;
  for (const count of goldSize.values()) goldPairs += pairs(count);
  // No predicted (or gold) pairs at all: precision (recall) is vacuously 1, as in Priberam's eval.
  const pp = predictedPairs > 0 ? tp / predictedPairs : 1;
  const pr = goldPairs > 0 ? tp / goldPairs : 1;
  return {
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    documents: n,
    goldClusters: goldSize.size,
    predictedClusters: predictedSize.size,
  };
}
