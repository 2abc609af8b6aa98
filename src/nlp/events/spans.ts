/** Span helpers over text-ordered items (tokens, mentions, timexes). */
import type { Span } from '../../model/index.ts';

/** Index of the first item whose start is at or after `offset` (items sorted by start). */
function firstFrom(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items inside a span, by binary search (tokens, mentions and timexes are in text order). */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, span.start); i < items.length && items[i]!.start < span.end; i++) if (items[i]!.end <= span.end) out.push(items[i]!);
  return out;
}

export const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
