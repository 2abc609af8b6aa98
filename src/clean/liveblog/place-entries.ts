/** Turns a chain of kept labels into UTC instants, given the anchor (see anchor.ts for the rule). */
import { distanceToSpan, type Anchor } from './anchor.ts';
import type { LabelFrame } from './types.ts';
import { wallToUtc, type ZoneClock } from './zone-clock.ts';

export interface ChainItem {
  readonly wallMinutes: number;
  readonly frame: LabelFrame;
  /** The frame's offset near the anchor, used to line labels of different frames up on one axis. */
  readonly approxOffset: number;
  /** Minutes from the chain's first label on the time axis (order-chain.ts). */
  readonly axis: number;
}

/** UTC minutes of every item when the oldest item's wall date is `oldestDay` (days since the epoch). */
function placeOnDay(items: readonly ChainItem[], oldestDay: number, clockOf: (zone: string) => ZoneClock): number[] {
  const oldest = items.reduce((a, b) => (b.axis < a.axis ? b : a));
  const base = oldestDay * 1440 + oldest.wallMinutes - oldest.approxOffset - oldest.axis;
  return items.map((item) => {
    const approxUtc = base + item.axis;
    if (item.frame.kind === 'fixed') return approxUtc;
    const wallDay = Math.floor((approxUtc + item.approxOffset) / 1440);
    return wallToUtc(clockOf(item.frame.zone), wallDay, item.wallMinutes);
  });
}

/** Day shifts tried around an instant anchor, nearest first. */
const SHIFTS = [0, -1, 1, -2, 2];

export function placeEntries(items: readonly ChainItem[], anchor: Anchor, clockOf: (zone: string) => ZoneClock): number[] {
  if (items.length === 0) return [];
  if (anchor.kind === 'day') return placeOnDay(items, anchor.day, clockOf);
  const oldest = items.reduce((a, b) => (b.axis < a.axis ? b : a));
  const instantDay = Math.floor((anchor.utcMinutes + oldest.approxOffset) / 1440);
  let best: number[] = [];
  let bestDistance = Infinity;
  for (const shift of SHIFTS) {
    const placed = placeOnDay(items, instantDay + shift, clockOf);
    const distance = distanceToSpan(anchor.utcMinutes, Math.min(...placed), Math.max(...placed));
    if (distance < bestDistance) [best, bestDistance] = [placed, distance];
  }
  return best;
}
