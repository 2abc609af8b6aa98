/**
 * Run-time scoring with frozen weights. A token's word features (its own and its neighbours') are
 * the bulk of its features; each word type's share for every position it can take (itself, ±1, ±2,
 * ±3) is summed once per type and kept with the type's cached ids, so a token adds seven rows instead
 * of a hundred-odd. Its combo and history ids are added by the decoder. The result equals scoring
 * `FeatureIds.collect`'s ids (tested up to float rounding).
 *
 * Only for weights that no longer change (a parsed or averaged model): training updates its weights
 * between tokens and scores `collect`'s ids directly.
 */
import { ROLE_COUNT, type PreparedWords, type WordIds } from './features.ts';

/** Word types per slab: the role scores of many types share one typed array (fewer objects for the collector). */
const SLAB_WORDS = 2048;

/** Hands out room for each word type's role scores from shared slabs. */
export class RoleScoreSlabs {
  private slab: Float32Array;
  private used = 0;

  constructor(private readonly T: number) {
    this.slab = new Float32Array(SLAB_WORDS * ROLE_COUNT * T);
  }

  /** Fills in the type's role scores (once) from its ids. */
  ensure(w: WordIds, weights: Float32Array): void {
    if (w.roleScores !== null) return;
    const T = this.T;
    const size = ROLE_COUNT * T;
    if (this.used + size > this.slab.length) {
      this.slab = new Float32Array(SLAB_WORDS * size);
      this.used = 0;
    }
    const slab = this.slab;
    const at = this.used;
    this.used += size;
    const ids = w.ids;
    for (let role = 0; role < ROLE_COUNT; role++) {
      const into = at + role * T;
      for (let j = ids[w.at + role]!, e = ids[w.at + role + 1]!; j < e; j++) {
        const base = ids[j]! * T;
        for (let t = 0; t < T; t++) slab[into + t]! += weights[base + t]!;
      }
    }
    w.roleScores = slab;
    w.roleScoresAt = at;
  }
}

/**
 * Scores of every tag for token i from the word features of the seven word types around it (each
 * at the row of its position), written into `out[0 .. T)`.
 */
export function roleSums(s: PreparedWords, i: number, weights: Float32Array, T: number, slabs: RoleScoreSlabs, out: Float64Array): void {
  const ids = s.ids;
  const last = ids.length - 1;
  const k = i + 2;
  const w0 = ids[k]!, w1 = ids[k - 1]!, w2 = ids[k + 1]!, w3 = ids[k - 2]!, w4 = ids[k + 2]!, w5 = ids[k >= 3 ? k - 3 : 0]!, w6 = ids[k + 3 <= last ? k + 3 : last]!;
  slabs.ensure(w0, weights);
  slabs.ensure(w1, weights);
  slabs.ensure(w2, weights);
  slabs.ensure(w3, weights);
  slabs.ensure(w4, weights);
  slabs.ensure(w5, weights);
  slabs.ensure(w6, weights);
  const s0 = w0.roleScores!, s1 = w1.roleScores!, s2 = w2.roleScores!, s3 = w3.roleScores!, s4 = w4.roleScores!, s5 = w5.roleScores!, s6 = w6.roleScores!;
  const o0 = w0.roleScoresAt, o1 = w1.roleScoresAt + T, o2 = w2.roleScoresAt + 2 * T, o3 = w3.roleScoresAt + 3 * T;
  const o4 = w4.roleScoresAt + 4 * T, o5 = w5.roleScoresAt + 5 * T, o6 = w6.roleScoresAt + 6 * T;
  for (let t = 0; t < T; t++) out[t] = s0[o0 + t]! + s1[o1 + t]! + s2[o2 + t]! + s3[o3 + t]! + s4[o4 + t]! + s5[o5 + t]! + s6[o6 + t]!;
}
