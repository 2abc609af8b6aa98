/**
 * The PolNeAR scoring recipe of ../shared/data/quotes/README.md, micro-averaged over documents:
 * 1. exact role spans: per document the set of (role, start, end) fragments, TP = |pred ∩ gold|;
 * 2. role overlap: non-space characters covered by a role, pred ∩ gold;
 * 3. linked attributions, greedy in predicted order: an unused gold with an overlapping cue and
 *    identical source and content fragment sets (strict) or ≥ 1 shared non-space character in
 *    source and content (overlap; a gold without source needs a prediction without source).
 */
export interface Frag {
  readonly start: number;
  readonly end: number;
}

export interface Attribution {
  readonly source: readonly Frag[];
  readonly cue: readonly Frag[];
  readonly content: readonly Frag[];
}

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

export interface Tally {
  exact: Record<Role, Counts>;
  overlap: Record<Role, Counts>;
  linked: Counts;
  linkedOverlap: Counts;
}

const zero = (): Counts => ({ tp: 0, pred: 0, gold: 0 });

export function emptyTally(): Tally {
  return {
    exact: { source: zero(), cue: zero(), content: zero() },
    overlap: { source: zero(), cue: zero(), content: zero() },
    linked: zero(),
    linkedOverlap: zero(),
  };
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.pred === 0 ? 0 : c.tp / c.pred;
  const r = c.gold === 0 ? 0 : c.tp / c.gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const key = (f: Frag): string => `${f.start}:${f.end}`;

function sameFrags(a: readonly Frag[], b: readonly Frag[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a.map(key));
  return b.every((f) => set.has(key(f)));
}

/** Non-space character offsets covered by the fragments. */
function chars(text: string, frags: readonly Frag[]): Set<number> {
  const out = new Set<number>();
  for (const f of frags) for (let i = f.start; i < f.end; i++) if (!/\s/.test(text[i] ?? ' ')) out.add(i);
  return out;
}

function overlaps(text: string, a: readonly Frag[], b: readonly Frag[]): boolean {
  const ca = chars(text, a);
  for (const i of chars(text, b)) if (ca.has(i)) return true;
  return false;
}

function spansOverlap(a: readonly Frag[], b: readonly Frag[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

/** Adds one document's predictions against its gold attributions to the tally. */
export function scoreDocument(text: string, pred: readonly Attribution[], gold: readonly Attribution[], into: Tally): void {
  for (const role of ROLES) {
    const g = new Set(gold.flatMap((a) => a[role].map(key)));
    const p = new Set(pred.flatMap((a) => a[role].map(key)));
    const e = into.exact[role];
    e.gold += g.size;
    e.pred += p.size;
    for (const k of p) if (g.has(k)) e.tp++;
    const gc = chars(text, gold.flatMap((a) => a[role]));
    const pc = chars(text, pred.flatMap((a) => a[role]));
    const o = into.overlap[role];
    o.gold += gc.size;
    o.pred += pc.size;
    for (const i of pc) if (gc.has(i)) o.tp++;
  }
  into.linked.gold += gold.length;
  into.linked.pred += pred.length;
  into.linkedOverlap.gold += gold.length;
  into.linkedOverlap.pred += pred.length;
  const usedStrict = new Set<number>();
  const usedOverlap = new Set<number>();
  for (const p of pred) {
    const strict = gold.findIndex((g, i) => !usedStrict.has(i) && spansOverlap(p.cue, g.cue) && sameFrags(p.source, g.source) && sameFrags(p.content, g.content));
    if (strict >= 0) { usedStrict.add(strict); into.linked.tp++; }
    const loose = gold.findIndex((g, i) => {
      if (usedOverlap.has(i) || !spansOverlap(p.cue, g.cue)) return false;
      const sourceOk = g.source.length === 0 ? p.source.length === 0 : overlaps(text, p.source, g.source);
      return sourceOk && overlaps(text, p.content, g.content);
    });
    if (loose >= 0) { usedOverlap.add(loose); into.linkedOverlap.tp++; }
  }
}
