/**
 * Sparse L2-normalised TF-IDF vectors over the words of sentences, shared by the timeline and the
 * summary: smoothed idf, cosine (the dot product of unit vectors), centroids and term-set overlaps.
 */

export type Vector = ReadonlyMap<string, number>;

/** Smoothed IDF (sklearn's `log((1 + n) / (1 + df)) + 1`) over the given term bags. */
export function fitIdf(bags: readonly (readonly string[])[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of new Set(bag)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = bags.length;
  return (w) => Math.log((1 + n) / (1 + (df.get(w) ?? 0))) + 1;
}

function normalise(v: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

export function vectorize(bag: readonly string[], idf: (term: string) => number): Vector {
  const v = new Map<string, number>();
  for (const w of bag) v.set(w, (v.get(w) ?? 0) + 1);
  for (const [w, tf] of v) v.set(w, tf * idf(w));
  return normalise(v);
}

/** Cosine of two unit vectors: their dot product, iterating the smaller. */
export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** Weighted sum of vectors, L2-normalised. */
export function centroid(vectors: readonly Vector[], weights?: readonly number[]): Vector {
  const c = new Map<string, number>();
  vectors.forEach((v, i) => {
    const k = weights?.[i] ?? 1;
    for (const [w, x] of v) c.set(w, (c.get(w) ?? 0) + k * x);
  });
  return normalise(c);
}

/** |A ∩ B| / |A ∪ B| over term sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = intersection(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** |A ∩ B| / min(|A|, |B|): how much of the smaller set the other one contains. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const least = Math.min(a.size, b.size);
  return least === 0 ? 0 : intersection(a, b) / least;
}

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n;
}
