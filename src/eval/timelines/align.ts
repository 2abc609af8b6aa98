/**
 * Timeline ROUGE with tilse's `align_date_content_costs_many_to_one` ("align+ m:1", Martschat & Markert
 * 2017), and date F1 — the metrics of Ghalandari & Ifrim (ACL 2020). Recipe: ../shared/data/timelines/README.md
 * "Evaluation recipe", step 6.
 */
import { prepareSummary, rougeCounts, type PreparedSummary } from './rouge155.ts';

/** A timeline: day-level ISO date (`2010-04-20`) → its summary sentences. */
export type Timeline = ReadonlyMap<string, readonly string[]>;

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** tilse `util.compute_rouge_approximation` with one reference: unigram F1 over whitespace tokens, dropping substrings of string.punctuation. */
export function approximateRouge1(pred: readonly string[], ref: readonly string[]): number {
  const count = (sentences: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const s of sentences) {
      for (const t of s.split(/\s+/)) {
        if (t.length === 0 || PUNCTUATION.includes(t)) continue;
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    return counts;
  };
  const p = count(pred);
  const r = count(ref);
  let match = 0;
  for (const [tok, n] of p) match += Math.min(n, r.get(tok) ?? 0);
  const pTotal = [...p.values()].reduce((a, b) => a + b, 0);
  const rTotal = [...r.values()].reduce((a, b) => a + b, 0);
  const precision = pTotal === 0 ? 0 : match / pTotal;
  const recall = rTotal === 0 ? 0 : match / rTotal;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Days between two ISO dates (Python `toordinal` difference). */
export function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Sums the aligned scores need: numerators weighted by date distance, raw denominators. */
export interface PrCounts {
  readonly pNum: number;
  readonly pDen: number;
  readonly rNum: number;
  readonly rDen: number;
}

export interface Pr {
  readonly precision: number;
  readonly recall: number;
}

export function prOf(c: PrCounts): Pr {
  return { precision: c.pDen === 0 ? 0 : c.pNum / c.pDen, recall: c.rDen === 0 ? 0 : c.rNum / c.rDen };
}

export function f1(pr: Pr): number {
  return pr.precision + pr.recall === 0 ? 0 : (2 * pr.precision * pr.recall) / (pr.precision + pr.recall);
}

export interface TaskScores {
  /** Index n − 1: AR-1, AR-2. */
  readonly rouge: readonly Pr[];
  readonly date: Pr;
}

/** Index of the smallest value, the first on ties (numpy argmin). */
function argmin(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) < (values[best] as number)) best = i;
  return best;
}

/** Scores one predicted timeline against one reference timeline. */
export function scoreTimeline(predicted: Timeline, reference: Timeline, maxN = 2): TaskScores {
  const pd = [...predicted.keys()].sort();
  const rd = [...reference.keys()].sort();
  const pSum: PreparedSummary[] = pd.map((d) => prepareSummary(predicted.get(d) ?? [], maxN));
  const rSum: PreparedSummary[] = rd.map((d) => prepareSummary(reference.get(d) ?? [], maxN));
  // cost[i][j] = (1 − 1/(Δdays + 1)) · (1 − sim(pred i, ref j)); the same matrix serves both alignments.
  const cost = pd.map((p, i) =>
    rd.map((r, j) => {
      const dateFactor = 1 - 1 / (dayDistance(p, r) + 1);
      return dateFactor === 0 ? 0 : dateFactor * (1 - approximateRouge1(pSum[i]!.sentences, rSum[j]!.sentences));
    }),
  );
  const rouge: Pr[] = [];
  for (let n = 0; n < maxN; n++) {
    let pNum = 0, pDen = 0, rNum = 0, rDen = 0;
    if (rd.length > 0) {
      pd.forEach((p, i) => {
        const j = argmin(cost[i]!);
        const c = rougeCounts(pSum[i]!.ngrams[n]!, rSum[j]!.ngrams[n]!);
        pNum += c.hit / (dayDistance(p, rd[j]!) + 1);
        pDen += c.peer;
      });
    }
    if (pd.length > 0) {
      rd.forEach((r, j) => {
        const i = argmin(pd.map((_, k) => cost[k]![j]!));
        const c = rougeCounts(pSum[i]!.ngrams[n]!, rSum[j]!.ngrams[n]!);
        rNum += c.hit / (dayDistance(pd[i]!, r) + 1);
        rDen += c.model;
      });
    } else {
      // No prediction: recall still counts the reference n-grams (tilse scores them against an empty summary).
      rDen = rSum.reduce((a, s) => a + s.ngrams[n]!.total, 0);
    }
    rouge.push(prOf({ pNum, pDen, rNum, rDen }));
  }
  return { rouge, date: dateScores(pd, rd) };
}

/** Date precision and recall: exact day matches. */
export function dateScores(predicted: readonly string[], reference: readonly string[]): Pr {
  const ref = new Set(reference);
  const pred = new Set(predicted);
  const hits = [...pred].filter((d) => ref.has(d)).length;
  return { precision: pred.size === 0 ? 0 : hits / pred.size, recall: ref.size === 0 ? 0 : hits / ref.size };
}

/** news-tls `get_average_results`: average precision and recall over tasks, then F1 of the averages. */
export function averageOverTasks(prs: readonly Pr[]): Pr & { readonly f1: number } {
  const n = prs.length;
  const precision = n === 0 ? 0 : prs.reduce((a, p) => a + p.precision, 0) / n;
  const recall = n === 0 ? 0 : prs.reduce((a, p) => a + p.recall, 0) / n;
  return { precision, recall, f1: f1({ precision, recall }) };
}
