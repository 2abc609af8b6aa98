/**
 * A planned happening told twice. "Parliament will hold sessions to discuss the strike" (17:35) and
 * "parliament is set to hold an emergency session on Saturday to discuss …" (09:43) tell one plan;
 * the first has not happened when it is told, so the telling's time (the entry stamp, the
 * publication day) is no date for it, and the other telling gives its day. After the whole document
 * is coded, an event worded as a plan ("will", "shall", "set to", "due to" before its trigger in the
 * clause) that only had the anchor or the publication date takes the date of the nearest other
 * planned event of the same category and actor that a time expression dates (before it first, else
 * after it). Speech acts (threats, demands, pledges) are not plans: their happening is the telling.
 */
import type { Event } from '../../model/index.ts';
import { SPEECH_ACT_CATEGORIES } from './data/function-words.ts';

/** A plan word before the trigger, with no clause punctuation between (the text up to 60 characters back). */
const PLANNED = /\b(?:will|shall|set to|due to)\b[^.,;:!?"“”]*$/i;

const isPlanned = (text: string, e: Event): boolean => !SPEECH_ACT_CATEGORIES.has(e.type) && PLANNED.test(text.slice(Math.max(e.start, e.trigger.start - 60), e.trigger.start));

const datedByText = (e: Event): boolean => e.date?.from === 'timex' && (e.date.precision === 'day' || e.date.precision === 'hour' || e.date.precision === 'minute');

export function datePlans(text: string, events: readonly Event[]): Event[] {
  // most documents tell no plan twice: find the dated ones first, and stop there when there are none
  const dated = events.filter((e) => e.actor !== undefined && datedByText(e) && isPlanned(text, e));
  if (dated.length === 0) return [...events];
  return events.map((event) => {
    if (event.actor === undefined || (event.date?.from !== 'anchor' && event.date?.from !== 'published') || !isPlanned(text, event)) return event;
    const fits = (other: Event): boolean => other.type === event.type && other.actor === event.actor && other.start !== event.start;
    const before = dated.filter((o) => o.start < event.start && fits(o)).pop();
    const donor = before ?? dated.find((o) => o.start > event.start && fits(o));
    return donor?.date == null ? event : { ...event, date: donor.date };
  });
}
