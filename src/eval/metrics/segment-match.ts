/**
 * trafilatura's evaluation score (adbar/trafilatura tests/eval_common.py), re-implemented: a page's
 * 'with' segments found in the whitespace-normalised output are true positives, missing ones false
 * negatives; 'without' segments found are false positives, absent ones true negatives. Counts are
 * summed over pages (micro), then precision, recall, accuracy and F1 come from the totals.
 */

export interface Confusion {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

export interface SegmentScores {
  readonly precision: number;
  readonly recall: number;
  readonly accuracy: number;
  readonly f1: number;
}

function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A failed extraction (null) finds nothing: every 'with' is missed, every 'without' is a true negative. */
export function countSegments(withSegments: readonly string[], withoutSegments: readonly string[], output: string | null): Confusion {
  const text = output === null ? null : norm(output);
  const found = (segment: string): boolean => text !== null && text.includes(norm(segment));
  const tp = withSegments.filter(found).length;
  const fp = withoutSegments.filter(found).length;
  return { tp, fp, fn: withSegments.length - tp, tn: withoutSegments.length - fp };
}

export function sumConfusions(items: readonly Confusion[]): Confusion {
  const total = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const c of items) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    total.tn += c.tn;
  }
  return total;
}

export function segmentScores({ tp, fp, fn, tn }: Confusion): SegmentScores {
  const all = tp + fp + fn + tn;
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: tp + fn > 0 ? tp / (tp + fn) : 0,
    accuracy: all > 0 ? (tp + tn) / all : 0,
    f1: 2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0,
  };
}
