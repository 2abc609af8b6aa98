/** Sparse TF-IDF vectors over lower-cased content words, for centrality and redundancy between sentences. */

const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers him his
  how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own
  said same she should so some such than that the their them then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your s t mr mrs ms`.split(/\s+/),
);

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w) && !/^\d{1,2}$/.test(w));
}

export type Vector = ReadonlyMap<string, number>;

export interface Idf {
  readonly idf: (word: string) => number;
}

/** Smoothed IDF (sklearn's `log((1 + n) / (1 + df)) + 1`) over the given word bags. */
export function fitIdf(bags: readonly (readonly string[])[]): Idf {
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of new Set(bag)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = bags.length;
  return { idf: (w) => Math.log((1 + n) / (1 + (df.get(w) ?? 0))) + 1 };
}

/** L2-normalised TF-IDF vector. */
export function vectorize(bag: readonly string[], idf: Idf): Vector {
  const v = new Map<string, number>();
  for (const w of bag) v.set(w, (v.get(w) ?? 0) + 1);
  let norm = 0;
  for (const [w, tf] of v) {
    const x = tf * idf.idf(w);
    v.set(w, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** Sum of vectors (the centroid up to scale), L2-normalised. */
export function centroid(vectors: readonly Vector[]): Vector {
  const c = new Map<string, number>();
  for (const v of vectors) for (const [w, x] of v) c.set(w, (c.get(w) ?? 0) + x);
  let norm = 0;
  for (const x of c.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [w, x] of c) c.set(w, x / norm);
  return c;
}
