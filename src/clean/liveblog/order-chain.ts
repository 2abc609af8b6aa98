/**
 * The order of a live blog's labels and the day each falls on. Labels are minutes of the day;
 * walking in text order, each kept label steps back (newest first) or forward (oldest first) by
 * the shortest step modulo a day, so 00:57 listed above 23:56 is 61 minutes later, on the next
 * day. We keep the subsequence that minimises the blog's total span plus a penalty per label
 * dropped. A label that breaks the order (a video duration `03:42` between 01:19 and 00:57) would
 * add exactly one day to the span, so it is dropped whenever the penalty is below a day.
 */

export type Order = 'newest-first' | 'oldest-first';

export interface Chain {
  readonly order: Order;
  /** Indices (into the input) of the labels kept, in text order. */
  readonly kept: readonly number[];
  /** Per kept label: minutes from the first kept label, on the time axis (negative when newest first). */
  readonly offsets: readonly number[];
  readonly cost: number;
}

/** Dropping a label costs 18 hours of span: an overnight pause up to 18 h at a blog's end is kept. */
export const DROP_PENALTY_MINUTES = 18 * 60;
/** How far back a step may reach over dropped labels (bounds the work to n × window). */
const WINDOW = 64;

const mod = (a: number, n: number): number => ((a % n) + n) % n;

function chainFor(minutes: readonly number[], order: Order): Chain {
  const n = minutes.length;
  const step = (from: number, to: number): number =>
    order === 'newest-first' ? mod((minutes[from] as number) - (minutes[to] as number), 1440) : mod((minutes[to] as number) - (minutes[from] as number), 1440);
  const cost: number[] = new Array<number>(n).fill(0);
  const previous: number[] = new Array<number>(n).fill(-1);
  for (let j = 0; j < n; j++) {
    cost[j] = DROP_PENALTY_MINUTES * j;
    for (let i = Math.max(0, j - WINDOW); i < j; i++) {
      const c = (cost[i] as number) + step(i, j) + DROP_PENALTY_MINUTES * (j - i - 1);
      if (c < (cost[j] as number)) {
        cost[j] = c;
        previous[j] = i;
      }
    }
  }
  let last = 0;
  let best = Infinity;
  for (let j = 0; j < n; j++) {
    const c = (cost[j] as number) + DROP_PENALTY_MINUTES * (n - 1 - j);
    if (c < best) [best, last] = [c, j];
  }
  const kept: number[] = [];
  for (let j = last; j >= 0; j = previous[j] as number) kept.unshift(j);
  const sign = order === 'newest-first' ? -1 : 1;
  const offsets: number[] = [0];
  for (let k = 1; k < kept.length; k++) offsets.push((offsets[k - 1] as number) + sign * step(kept[k - 1] as number, kept[k] as number));
  return { order, kept, offsets, cost: best };
}

/** The better of the two orders; newest first on a tie (most blogs are). Null for no labels. */
export function bestChain(minutes: readonly number[]): Chain | null {
  if (minutes.length === 0) return null;
  const newest = chainFor(minutes, 'newest-first');
  const oldest = chainFor(minutes, 'oldest-first');
  return oldest.cost < newest.cost ? oldest : newest;
}
