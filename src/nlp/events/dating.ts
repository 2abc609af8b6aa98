/**
 * The date of a happening: the sentence's own time expression (in the reported clause when the
 * event is reported speech, so "the Pentagon said Thursday that the strike …" is not dated
 * Thursday by the statement), else the date of an earlier event it continues, else the live-blog
 * entry's time, else the publication date.
 */
import type { Document, EventDate, Precision, Span, Timex } from '../../model/index.ts';

/** Precision of a TimeML value we can place on a calendar; null for values that name no fixed date. */
export function precisionOf(value: string): Precision | null {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return 'minute';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}$/.test(value)) return 'hour';
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

/** A day-precision value keeps only its date part (`2020-01-03TMO` → `2020-01-03`). */
function trimmed(value: string, precision: Precision): string {
  return precision === 'day' ? value.slice(0, 10) : value;
}

/** The timex of `within` nearest to the trigger that names a calendar date or time. */
export function ownDate(timexes: readonly Timex[], within: Span, trigger: Span): EventDate | null {
  let best: { timex: Timex; precision: Precision; distance: number } | null = null;
  for (const timex of timexes) {
    if (timex.start < within.start || timex.end > within.end) continue;
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    const precision = precisionOf(timex.value);
    if (precision === null) continue;
    const distance = timex.start >= trigger.end ? timex.start - trigger.end : trigger.start - timex.end;
    if (best === null || distance < best.distance) best = { timex, precision, distance };
  }
  if (best === null) return null;
  return { value: trimmed(best.timex.value, best.precision), precision: best.precision, from: 'timex', timex: best.timex.id };
}

/** The live-blog entry time of the passage holding `at`, else the publication date. */
export function fallbackDate(doc: Document, at: Span): EventDate | null {
  const entry = doc.passages.find((p) => p.kind === 'liveblog_entry' && p.time !== undefined && p.start <= at.start && at.end <= p.end);
  if (entry?.time !== undefined) return { value: entry.time, precision: precisionOf(entry.time) ?? 'minute', from: 'anchor' };
  if (doc.published !== null) return { value: doc.published.value, precision: doc.published.precision, from: 'published' };
  return null;
}
