/** Span helpers over text-ordered items (tokens, mentions, timexes). */
import type { Span } from '../../model/index.ts';

/** Index of the first item whose start is at or after `offset` (items sorted by start). */
export function firstFrom(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Items inside a span, by binary search (tokens, mentions and timexes are in text order). The items
 * starting in the span are one run; when all of them also end in it (a sentence's or clause's tokens) the answer is
 * one `slice` of that run instead of an array grown item by item.
 */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  const from = firstFrom(items, span.start);
  let to = from;
  let inside = true;
  for (; to < items.length && items[to]!.start < span.end; to++) if (items[to]!.end > span.end) inside = false;
  if (inside) return items.slice(from, to);
  const out: T[] = [];
  for (let i = from; i < to; i++) if (items[i]!.end <= span.end) out.push(items[i]!);
  return out;
}

export const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
