/**
 * One sentence printed by several articles (a wire copy, a live-blog entry re-posted, a lightly edited
 * rewrite) is one unit: printed once, cited everywhere it appears, its independent sources counted.
 * Near-identity is Jaccard over term-pair shingles ≥ `copyJaccard` (word order counts: a paraphrase is
 * not a copy, it is left to the redundancy cut); candidate pairs come from an inverted index over each
 * set's rarest shingles.
 */
import type { CollectedSentence } from './collect.ts';
import { jaccard } from '../sparse-vectors.ts';

export interface SentenceUnit {
  /** Members in reading order of the story (article order, then offset). */
  readonly members: readonly CollectedSentence[];
  /** Distinct `sourceKey`s among the members. */
  readonly sources: number;
}

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] as number;
  while (parent[i] !== r) {
    const next = parent[i] as number;
    parent[i] = r;
    i = next;
  }
  return r;
}

/**
 * Prefix filtering (Chaudhuri et al. 2006): with every set's terms ordered rarest first, two sets of
 * Jaccard ≥ t share a term among the first |x| − ⌈t·|x|⌉ + 1 of each, so only those are indexed and probed.
 */
function prefixes(sentences: readonly CollectedSentence[], t: number): string[][] {
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of s.shingles) df.set(w, (df.get(w) ?? 0) + 1);
  return sentences.map((s) => {
    const sorted = [...s.shingles].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    return sorted.slice(0, sorted.length - Math.ceil(t * sorted.length - 1e-9) + 1); // the epsilon keeps 0.7 × 10 at 7
  });
}

export function groupCopies(sentences: readonly CollectedSentence[], copyJaccard: number): SentenceUnit[] {
  const parent = sentences.map((_, i) => i);
  const prefix = prefixes(sentences, copyJaccard);
  const postings = new Map<string, number[]>();
  prefix.forEach((terms, i) => {
    for (const t of terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  sentences.forEach((s, i) => {
    const seen = new Set<number>();
    for (const t of prefix[i] ?? []) {
      for (const j of postings.get(t) ?? []) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        const other = sentences[j] as CollectedSentence;
        // Jaccard ≥ t needs the sizes within a factor t of each other: a cheap filter before the set walk.
        const [a, b] = [s.shingles.size, other.shingles.size];
        if (Math.min(a, b) < copyJaccard * Math.max(a, b)) continue;
        if (jaccard(s.shingles, other.shingles) >= copyJaccard) parent[find(parent, j)] = find(parent, i);
      }
    }
  });
  const groups = new Map<number, CollectedSentence[]>();
  sentences.forEach((s, i) => {
    const r = find(parent, i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(s);
  });
  return [...groups.values()].map((members) => ({ members, sources: new Set(members.map((m) => m.source)).size }));
}
