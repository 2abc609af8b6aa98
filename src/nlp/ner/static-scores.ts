/**
 * Run-time scoring with frozen weights. A token's features split into those the sentence fixes (its
 * own and its neighbours' word features, the combos) and those earlier decisions fix (previous tags,
 * the document memory). The first part is summed once per token before decoding; within it, each
 * word type's share for every position it can take (itself, ±1, ±2, ±3) is summed once per type and
 * kept with the type's cached ids. The result equals scoring `FeatureIds.collect`'s ids (tested up to
 * float rounding) with about a quarter of the additions.
 *
 * Only for weights that no longer change (a parsed or averaged model): training updates its weights
 * between tokens and scores `collect`'s ids directly.
 */
import { ROLE_COUNT, type PreparedSentence, type WordIds } from './features.ts';

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
    for (let role = 0; role < ROLE_COUNT; role++) {
      const into = at + role * T;
      for (let j = w.roleBounds[role]!, e = w.roleBounds[role + 1]!; j < e; j++) {
        const base = w.roleIds[j]! * T;
        for (let t = 0; t < T; t++) slab[into + t]! += weights[base + t]!;
      }
    }
    w.roleScores = slab;
    w.roleScoresAt = at;
  }
}

/**
 * Scores of every tag for each token of the sentence from its sentence-fixed features:
 * `out[i * T + t]`. `out` is reused when long enough.
 */
export function sentenceScores(s: PreparedSentence, weights: Float32Array, T: number, slabs: RoleScoreSlabs, out: Float64Array): Float64Array {
  const n = s.words.length;
  const scores = out.length >= n * T ? out : new Float64Array(Math.max(n * T, 2 * out.length));
  const ids = s.ids;
  for (const w of ids) slabs.ensure(w, weights);
  const last = ids.length - 1;
  for (let i = 0; i < n; i++) {
    const k = i + 2;
    const at = i * T;
    // the seven word types around the token, each at the row of its position; one pass writes each score once
    const w0 = ids[k]!, w1 = ids[k - 1]!, w2 = ids[k + 1]!, w3 = ids[k - 2]!, w4 = ids[k + 2]!, w5 = ids[k >= 3 ? k - 3 : 0]!, w6 = ids[k + 3 <= last ? k + 3 : last]!;
    const s0 = w0.roleScores!, s1 = w1.roleScores!, s2 = w2.roleScores!, s3 = w3.roleScores!, s4 = w4.roleScores!, s5 = w5.roleScores!, s6 = w6.roleScores!;
    const o0 = w0.roleScoresAt, o1 = w1.roleScoresAt + T, o2 = w2.roleScoresAt + 2 * T, o3 = w3.roleScoresAt + 3 * T;
    const o4 = w4.roleScoresAt + 4 * T, o5 = w5.roleScoresAt + 5 * T, o6 = w6.roleScoresAt + 6 * T;
    for (let t = 0; t < T; t++) {
      scores[at + t] = s0[o0 + t]! + s1[o1 + t]! + s2[o2 + t]! + s3[o3 + t]! + s4[o4 + t]! + s5[o5 + t]! + s6[o6 + t]!;
    }
    for (let j = s.offsets[i]!, e = s.offsets[i + 1]!; j < e; j++) {
      const base = s.combos[j]! * T;
      for (let t = 0; t < T; t++) scores[at + t]! += weights[base + t]!;
    }
  }
  return scores;
}
