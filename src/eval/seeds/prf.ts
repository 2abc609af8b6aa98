/** Precision, recall and F1 from counts, kept apart because recall and precision count different units here. */

export interface Counts {
  /** Predictions judged correct. */
  readonly correct: number;
  readonly predicted: number;
  /** Gold items found. */
  readonly found: number;
  readonly gold: number;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export const NO_COUNTS: Counts = { correct: 0, predicted: 0, found: 0, gold: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return { correct: a.correct + b.correct, predicted: a.predicted + b.predicted, found: a.found + b.found, gold: a.gold + b.gold };
}

export function scores(c: Counts): Scores {
  const precision = c.predicted > 0 ? c.correct / c.predicted : 0;
  const recall = c.gold > 0 ? c.found / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
