/**
 * Sparse vectors over string keys. A document keeps sublinear, length-normalised counts (no idf);
 * idf is applied at comparison time with the frequencies known then, so early documents are not
 * stuck with the idf of a near-empty corpus.
 */
import type { DocumentFrequencies } from './document-frequencies.ts';

export type Counts = ReadonlyMap<string, number>;

/** 1 + ln(count), scaled to unit length. */
export function sublinear(counts: Counts): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [key, n] of counts) {
    const w = 1 + Math.log(n);
    out.set(key, w);
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [key, w] of out) out.set(key, w * scale);
  return out;
}

/** Euclidean norm of `v` weighted by idf. */
export function weightedNorm(v: Counts, df: DocumentFrequencies): number {
  let sum = 0;
  for (const [key, w] of v) {
    const x = w * df.idf(key);
    sum += x * x;
  }
  return Math.sqrt(sum);
}

/** Dot product of `a` and `b` weighted by idf², iterating the smaller one. */
export function weightedDot(a: Counts, b: Counts, df: DocumentFrequencies): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, w] of small) {
    const other = large.get(key);
    if (other === undefined) continue;
    const idf = df.idf(key);
    sum += w * other * idf * idf;
  }
  return sum;
}

/** Adds `v` into `into`. */
export function addInto(into: Map<string, number>, v: Counts): void {
  for (const [key, w] of v) into.set(key, (into.get(key) ?? 0) + w);
}

/** The `n` keys of `v` with the largest idf-weighted values, largest first. */
export function topKeys(v: Counts, df: DocumentFrequencies, n: number): string[] {
  return [...v]
    .map(([key, w]) => [key, w * df.idf(key)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, n)
    .map(([key]) => key);
}

/** A document vector prepared for many comparisons: each value times idf², computed once. */
export type PreparedVector = readonly (readonly [string, number])[];

export function prepare(v: Counts, df: DocumentFrequencies): PreparedVector {
  return [...v].map(([key, w]) => {
    const idf = df.idf(key);
    return [key, w * idf * idf] as const;
  });
}

/** `weightedDot(v, other, df)` for the `v` that `prepared` came from: one Map probe per key, no logarithms. */
export function preparedDot(prepared: PreparedVector, other: Counts): number {
  let sum = 0;
  for (const [key, z] of prepared) {
    const w = other.get(key);
    if (w !== undefined) sum += z * w;
  }
  return sum;
}
