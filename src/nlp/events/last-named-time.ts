/**
 * The time a paragraph named last before a point: the latest calendar time expression (DATE or TIME
 * with a calendar value, of any precision — "in 1979", "on Friday", "last month") between the
 * paragraph's start and that point. Live-blog entry stamps are the anchor, not a time the text
 * names (timex-attachment.ts). It is the reference time a narrative goes on from ("… the crisis
 * that shook the region in 1979. Diplomats were taken hostage …") and what "at the time" points to.
 */
import type { Document, EventDate, Span, Timex } from '../../model/index.ts';
import { ownDate, precisionOf } from './dating.ts';
import { firstFrom } from './spans.ts';
import { isEntryStamp } from './timex-attachment.ts';

/** `timexes` in text order; `paragraph` holds `before`. */
export function lastNamedTime(doc: Pick<Document, 'passages' | 'text'>, timexes: readonly Timex[], paragraph: Span, before: number): EventDate | null {
  for (let i = lastEndingBy(timexes, before); i >= 0 && timexes[i]!.start >= paragraph.start; i--) {
    const timex = timexes[i]!;
    if ((timex.type !== 'DATE' && timex.type !== 'TIME') || precisionOf(timex.value) === null || isEntryStamp(doc, timex)) continue;
    return ownDate([timex], timex, timex);
  }
  return null;
}

/** Index of the last timex that starts before `offset` and ends by it, or -1. */
function lastEndingBy(timexes: readonly Timex[], offset: number): number {
  let i = firstFrom(timexes, offset) - 1;
  while (i >= 0 && timexes[i]!.end > offset) i--;
  return i;
}
