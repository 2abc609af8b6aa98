/**
 * Split a text into segments at span offsets, so the page can build highlights from text nodes
 * alone: untrusted document text is never parsed as HTML. Pure (no DOM) so node tests can run it.
 * Overlapping spans nest poorly in flat markup, so a span that starts inside an earlier one is
 * clipped to start where that one ends (the earlier, i.e. leftmost-longest, span wins).
 */
export interface Mark { start: number; end: number; kind: string; label?: string; id?: string }
export interface Segment { start: number; end: number; text: string; mark: Mark | null }

export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const sorted = marks
    .filter((m) => m.end > m.start && m.start < text.length && m.end > 0)
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const mark of sorted) {
    const start = Math.max(mark.start, at);
    if (start >= mark.end) continue;
    if (start > at) out.push({ start: at, end: start, text: text.slice(at, start), mark: null });
    out.push({ start, end: mark.end, text: text.slice(start, mark.end), mark });
    at = mark.end;
  }
  if (at < text.length) out.push({ start: at, end: text.length, text: text.slice(at), mark: null });
  return out;
}

/** Parse `?span=START-END`; null when absent or malformed (a bad link shows the document unmarked). */
export function parseSpan(value: string | null): { start: number; end: number } | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}
