/** Time proximity: how far a time (or a range) lies outside a story's range, and the decay it earns. */

const DAY_MS = 86_400_000;

/** Days between range [aFirst, aLast] and range [bFirst, bLast] (0 when they overlap or a time is unknown). */
export function gapDays(aFirst: number | null, aLast: number | null, bFirst: number | null, bLast: number | null): number {
  if (aFirst === null || aLast === null || bFirst === null || bLast === null) return 0;
  if (aFirst > bLast) return (aFirst - bLast) / DAY_MS;
  if (bFirst > aLast) return (bFirst - aLast) / DAY_MS;
  return 0;
}

/** exp(−gap / decayDays): 1 inside the range, 1/e one decay length away. */
export function timeDecay(gap: number, decayDays: number): number {
  return gap <= 0 ? 1 : Math.exp(-gap / decayDays);
}
