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

/** Adds the role's scores of word `w` into `into` at `at`. */
function addRole(into: Float64Array, at: number, w: WordIds, role: number, T: number): void {
  const from = w.roleScores!;
  const base = w.roleScoresAt + role * T;
  for (let t = 0; t < T; t++) into[at + t]! += from[base + t]!;
}

/**
 * Scores of every tag for each token of the sentence from its sentence-fixed features:
 * `out[i * T + t]`. `out` is reused when long enough.
 */
export function sentenceScores(s: PreparedSentence, weights: Float32Array, T: number, slabs: RoleScoreSlabs, out: Float64Array): Float64Array {
  const n = s.words.length;
  const scores = out.length >= n * T ? out : new Float64Array(Math.max(n * T, 2 * out.length));
  scores.fill(0, 0, n * T);
  const ids = s.ids;
  for (const w of ids) slabs.ensure(w, weights);
  const last = ids.length - 1;
  for (let i = 0; i < n; i++) {
    const k = i + 2;
    const at = i * T;
    addRole(scores, at, ids[k]!, 0, T);
    addRole(scores, at, ids[k - 1]!, 1, T);
    addRole(scores, at, ids[k + 1]!, 2, T);
    addRole(scores, at, ids[k - 2]!, 3, T);
    addRole(scores, at, ids[k + 2]!, 4, T);
    addRole(scores, at, ids[k >= 3 ? k - 3 : 0]!, 5, T);
    addRole(scores, at, ids[k + 3 <= last ? k + 3 : last]!, 6, T);
    for (let j = s.offsets[i]!, e = s.offsets[i + 1]!; j < e; j++) {
      const base = s.combos[j]! * T;
      for (let t = 0; t < T; t++) scores[at + t]! += weights[base + t]!;
    }
  }
  return scores;
}
