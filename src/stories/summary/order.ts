/**
 * Reading order of the printed sentences: by the day they are placed on; within a day by time when
 * both have one (live-blog entries), else by lead position (an article's lead before its details, so
 * a later report's overview does not trail its own details), then publication, article and offset.
 */
import type { CollectedSentence } from './collect.ts';

function compareStrings(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // undated after dated
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Date-times carry a `T`; a bare day has no time to compare. */
function timeOf(date: string | null): string | null {
  return date !== null && date.length > 10 && date[10] === 'T' ? date.slice(11) : null;
}

export function compareReading(a: CollectedSentence, b: CollectedSentence): number {
  const day = compareStrings(a.date?.slice(0, 10) ?? null, b.date?.slice(0, 10) ?? null);
  if (day !== 0) return day;
  const [ta, tb] = [timeOf(a.date), timeOf(b.date)];
  if (ta !== null && tb !== null && ta !== tb) return ta < tb ? -1 : 1;
  if (a.position !== b.position) return a.position - b.position;
  const published = compareStrings(a.article.doc.published?.value ?? null, b.article.doc.published?.value ?? null);
  return published || a.order - b.order || a.start - b.start;
}
