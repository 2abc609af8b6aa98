/**
 * TempEval-3 Task A scoring over character offsets (data README, "Official TempEval-3 Task A scoring"):
 * per document, each gold timex (by start) takes the first unused system timex that overlaps it;
 * strict = same (trimmed) text; type and value are compared on relaxed pairs only; value F1 =
 * 2·#value-correct / (|sys| + |gold|). Counts are micro-summed over documents.
 */

export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

export interface TimexTally {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  typeCorrect: number;
  valueCorrect: number;
}

export function emptyTally(): TimexTally {
  return { gold: 0, system: 0, relaxed: 0, strict: 0, typeCorrect: 0, valueCorrect: 0 };
}

export interface Pair {
  readonly gold: ScoredTimex;
  readonly system: ScoredTimex;
}

/** Aligns one document's timexes; returns the relaxed pairs and adds the counts to `into`. */
export function scoreDocument(gold: readonly ScoredTimex[], system: readonly ScoredTimex[], into: TimexTally): Pair[] {
  const golds = [...gold].sort((a, b) => a.start - b.start);
  const systems = [...system].sort((a, b) => a.start - b.start);
  const used = new Set<number>();
  const pairs: Pair[] = [];
  for (const g of golds) {
    const index = systems.findIndex((s, i) => !used.has(i) && s.start < g.end && g.start < s.end);
    if (index < 0) continue;
    used.add(index);
    const s = systems[index]!;
    pairs.push({ gold: g, system: s });
    into.relaxed++;
    if (g.text.trim() === s.text.trim()) into.strict++;
    if (g.type === s.type) into.typeCorrect++;
    if (g.value === s.value) into.valueCorrect++;
  }
  into.gold += golds.length;
  into.system += systems.length;
  return pairs;
}

function f1(correct: number, system: number, gold: number): number {
  return system + gold === 0 ? 0 : (2 * correct) / (system + gold);
}

export interface TimexScores {
  readonly relaxedP: number;
  readonly relaxedR: number;
  readonly relaxedF1: number;
  readonly strictF1: number;
  readonly valueF1: number;
  readonly valueAccuracy: number;
  readonly typeF1: number;
  readonly typeAccuracy: number;
}

export function scores(t: TimexTally): TimexScores {
  return {
    relaxedP: t.system === 0 ? 0 : t.relaxed / t.system,
    relaxedR: t.gold === 0 ? 0 : t.relaxed / t.gold,
    relaxedF1: f1(t.relaxed, t.system, t.gold),
    strictF1: f1(t.strict, t.system, t.gold),
    // TE3: value F1 = relaxed F1 × value accuracy = 2·#value-correct / (|sys| + |gold|)
    valueF1: f1(t.valueCorrect, t.system, t.gold),
    valueAccuracy: t.relaxed === 0 ? 0 : t.valueCorrect / t.relaxed,
    typeF1: f1(t.typeCorrect, t.system, t.gold),
    typeAccuracy: t.relaxed === 0 ? 0 : t.typeCorrect / t.relaxed,
  };
}
