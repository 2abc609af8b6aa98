/**
 * What kind of duplicate a pair of documents is, from what the index measured. The rules, in order:
 *
 * 1. `exact`: the normalised bodies are identical (same words in the same order, time labels
 *    stripped) — unless two different known outlets print it, which is `wire` (score 1): an agency
 *    copy run unchanged is still one source.
 * 2. Same outlet (the same URL, or the same `source`): `version` when the bodies are near duplicates
 *    (Jaccard ≥ nearThreshold) or one document's passages are largely in the other
 *    (coverage ≥ versionCoverage, ≥ sameUrlCoverage at one URL): an update, or a later snapshot of a
 *    live blog. A follow-up story that reuses some background paragraphs stays below (ECB+ has one
 *    at 0.63: two mybroadband.co.za articles on one cable outage). Published more than
 *    maxVersionGapHours apart, the same evidence makes `near` instead: a recurring template report
 *    or a republication, not an update.
 * 3. Different known outlets: `wire` when near duplicates or coverage ≥ wireCoverage.
 * 4. An outlet unknown on either side: `near` under the same conditions as 3 (never a guess at
 *    whether it is a version or a wire copy).
 *
 * Coverage counts only with ≥ minSharedPassages shared passages and ≥ minSharedWords shared words.
 * Anything else — same topic, a shared quote or two — is no duplicate.
 */
import type { DuplicateOptions } from './options.ts';

export type DuplicateKind = 'exact' | 'near' | 'version' | 'wire';

export interface PairEvidence {
  readonly exact: boolean;
  /** Estimated Jaccard of the two bodies' shingles (0 when they were no LSH candidates). */
  readonly jaccard: number;
  /** Share of each document's passage words that match a passage of the other. */
  readonly coverage: readonly [number, number];
  /** Passages matched, and the fewer of the two sides' matched words. */
  readonly sharedPassages: number;
  readonly sharedWords: number;
  /** True: same URL or outlet; false: two different known outlets; null: an outlet unknown. */
  readonly sameOutlet: boolean | null;
  readonly sameUrl: boolean;
  /** Hours between the two publication dates; null when either is unknown. */
  readonly gapHours: number | null;
}

export interface Classification {
  readonly kind: DuplicateKind;
  readonly score: number;
}

export function classifyPair(e: PairEvidence, o: DuplicateOptions): Classification | null {
  if (e.exact) return { kind: e.sameOutlet === false ? 'wire' : 'exact', score: 1 };
  const enough = e.sharedPassages >= o.minSharedPassages && e.sharedWords >= o.minSharedWords;
  const coverage = enough ? Math.max(e.coverage[0], e.coverage[1]) : 0;
  const score = Math.max(e.jaccard, coverage);
  const near = e.jaccard >= o.nearThreshold;
  if (e.sameOutlet === true) {
    if (!near && coverage < (e.sameUrl ? o.sameUrlCoverage : o.versionCoverage)) return null;
    return { kind: e.gapHours !== null && e.gapHours > o.maxVersionGapHours ? 'near' : 'version', score };
  }
  if (!near && coverage < o.wireCoverage) return null;
  return { kind: e.sameOutlet === false ? 'wire' : 'near', score };
}

/** Outlet names compared without case, spaces or a leading "the" (`The Guardian` = `guardian`). */
export function outletKey(source: string | null): string | null {
  if (source === null) return null;
  const key = source.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return key === '' ? null : key;
}

/** A URL without scheme, `www.`, query, fragment and trailing slash: one page however it was linked. */
export function urlKey(url: string | null): string | null {
  if (url === null) return null;
  const key = url.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  return key === '' ? null : key;
}
