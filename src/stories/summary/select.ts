/**
 * Which units are printed: MEAD-style scores (Radev et al. 2004: centrality to the story's centroid,
 * lead position) plus support from independent sources, then MMR (Carbonell & Goldstein 1998) with a
 * hard redundancy cut, under the sentence and character budgets.
 */
import { attributeQuotes, type AttributedText } from './attribute.ts';
import { isDangling, unprintableReason } from './candidates.ts';
import type { CollectedSentence } from './collect.ts';
import type { SentenceUnit } from './copies.ts';
import type { SummaryTuning } from './defaults.ts';
import type { SummaryOptions } from './types.ts';
import { dot as cosine, overlap, type Vector } from '../sparse-vectors.ts';

export interface Candidate {
  readonly unit: SentenceUnit;
  /** The member printed: the best-placed one that is printable and whose quotes can be attributed. */
  readonly printed: CollectedSentence;
  readonly attributed: AttributedText;
  readonly vector: Vector;
  readonly score: number;
}

function byPlace(a: CollectedSentence, b: CollectedSentence): number {
  return a.position - b.position || a.order - b.order || a.start - b.start;
}

/** The member to print, with its attributed text; null when no member is printable. */
export function printableMember(unit: SentenceUnit, tuning: SummaryTuning): { member: CollectedSentence; attributed: AttributedText } | null {
  for (const member of [...unit.members].sort(byPlace)) {
    const { doc, annotations } = member.article;
    const plain = doc.text.slice(member.start, member.end).replace(/\s+/g, ' ').trim();
    if (unprintableReason(member, plain, tuning) !== null) continue;
    const attributed = attributeQuotes(doc, annotations, member.start, member.end);
    if (attributed === null || isDangling(attributed.text)) continue;
    return { member, attributed };
  }
  return null;
}

export function scoreCandidates(
  units: readonly SentenceUnit[],
  vectorOf: (s: CollectedSentence) => Vector,
  centre: Vector,
  tuning: SummaryTuning,
): Candidate[] {
  const raw = units.flatMap((unit) => {
    const chosen = printableMember(unit, tuning);
    if (!chosen) return [];
    const vector = vectorOf(chosen.member);
    return [{ unit, printed: chosen.member, attributed: chosen.attributed, vector, centrality: cosine(vector, centre) }];
  });
  const best = Math.max(1e-9, ...raw.map((c) => c.centrality));
  return raw.map(({ centrality, ...c }) => ({
    ...c,
    score: centrality / best + tuning.positionWeight / Math.sqrt(1 + c.printed.position) + tuning.supportWeight * Math.log(c.unit.sources),
  }));
}

/** "No sentence twice in other words": too close in TF-IDF, or the smaller one's terms mostly in the other. */
export function isRedundant(a: Candidate, b: Candidate, tuning: SummaryTuning): boolean {
  if (cosine(a.vector, b.vector) > tuning.maxCosine) return true;
  const [x, y] = [a.printed.termSet, b.printed.termSet];
  return Math.min(x.size, y.size) >= 3 && overlap(x, y) >= tuning.maxOverlap;
}

export function selectCandidates(candidates: readonly Candidate[], options: SummaryOptions, tuning: SummaryTuning): Candidate[] {
  const pool = [...candidates].sort((a, b) => b.score - a.score || byPlace(a.printed, b.printed));
  // What each round needs of the chosen ones (redundant with any? the largest similarity to them) is
  // kept per candidate and brought up to date with the last choice only: the same answers as asking
  // every chosen one again each round, at a sixth of the cost for six sentences.
  const out = new Array<boolean>(pool.length).fill(false);
  const similarity = new Array<number>(pool.length).fill(0);
  const chosen: Candidate[] = [];
  let chars = 0;
  while (chosen.length < options.maxSentences) {
    let best: { c: Candidate; value: number; at: number } | null = null;
    for (let i = 0; i < pool.length; i++) {
      if (out[i]) continue;
      const c = pool[i] as Candidate;
      const length = c.attributed.text.length + (chosen.length > 0 ? 1 : 0);
      if (options.maxChars !== undefined && chars + length > options.maxChars) continue;
      const value = tuning.lambda * c.score - (1 - tuning.lambda) * (similarity[i] as number);
      if (!best || value > best.value) best = { c, value, at: i };
    }
    if (!best) break;
    chosen.push(best.c);
    chars += best.c.attributed.text.length + (chosen.length > 1 ? 1 : 0);
    out[best.at] = true;
    for (let i = 0; i < pool.length; i++) {
      if (out[i]) continue;
      const c = pool[i] as Candidate;
      if (isRedundant(best.c, c, tuning)) out[i] = true;
      else similarity[i] = Math.max(similarity[i] as number, cosine(best.c.vector, c.vector));
    }
  }
  return chosen;
}
