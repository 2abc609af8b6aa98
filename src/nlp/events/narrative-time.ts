/**
 * Narrative time. A report tells a day's happenings in order after dating the first one ("On
 * Saturday, Trump tweeted … He also warned …"): a happening without a date of its own, in an
 * article (not a live-blog entry, which has its own stamp), takes the date of the nearest earlier
 * happening of the same paragraph that a time expression dates, rather than the publication date.
 */
import type { Document, Event } from '../../model/index.ts';

export function applyNarrativeTime(doc: Pick<Document, 'passages'>, events: readonly Event[]): Event[] {
  // passages are in text order: the last one starting at or before `at` (binary search), if it holds `at`
  const passageOf = (at: number): number => {
    let lo = 0;
    let hi = doc.passages.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (doc.passages[mid]!.start <= at) (found = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    if (found >= 0 && at < doc.passages[found]!.end) return found;
    // passages out of order (a hand-made document): look at each
    return doc.passages.findIndex((p) => p.start <= at && at < p.end);
  };
  const out: Event[] = [];
  for (const event of events) {
    if (event.date?.from !== 'published') {
      out.push(event);
      continue;
    }
    const here = passageOf(event.start);
    let donor: Event | undefined;
    for (let j = out.length - 1; j >= 0 && donor === undefined; j--) {
      const other = out[j]!;
      if (passageOf(other.start) !== here) break;
      if (other.date?.from === 'timex' && other.date.precision === 'day' && other.start < event.start) donor = other;
    }
    out.push(donor?.date == null ? event : { ...event, date: donor.date });
  }
  return out;
}
