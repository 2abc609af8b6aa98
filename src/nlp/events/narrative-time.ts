/**
 * Narrative time. A report tells a day's happenings in order after dating the first one ("On
 * Saturday, Trump tweeted … He also warned …"): a happening without a date of its own, in an
 * article (not a live-blog entry, which has its own stamp), takes the date of the nearest earlier
 * happening of the same paragraph that a time expression dates, rather than the publication date.
 * When no earlier happening of the paragraph is dated so, the time the paragraph named last before
 * its sentence sets the narrative's time just as well ("Diplomats recalled the crisis of 1979.
 * Fifty staff were taken hostage …": 1979, not the report's day; last-named-time.ts).
 */
import type { Document, Event, Timex } from '../../model/index.ts';
import { lastNamedTime } from './last-named-time.ts';

/** `timexes`: the document's, in text order (none: only dated happenings set the narrative's time). */
export function applyNarrativeTime(doc: Pick<Document, 'passages' | 'text'>, events: readonly Event[], timexes: readonly Timex[] = []): Event[] {
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
    // the event starts where its sentence does: the times named in earlier sentences of the paragraph
    const paragraph = here >= 0 ? doc.passages[here] : undefined;
    const date = donor?.date ?? (paragraph === undefined ? null : lastNamedTime(doc, timexes, paragraph, event.start));
    out.push(date === null ? event : { ...event, date });
  }
  return out;
}
