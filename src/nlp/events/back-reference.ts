/**
 * A definite description of a happening ("the killing", "the fatal US strike", "the general's
 * killing", "this attack") names one the story tells elsewhere, often with its date later in the
 * text than the first mention ("the killing" in the lede, "killed on Friday" in the third paragraph).
 * After the whole document is coded, such an event that only had the anchor or the publication
 * date takes the date of the nearest event of its category dated by a time expression (before it
 * first, else after it), unless the two name different targets. Never from its own sentence: the
 * other happenings coded there are by construction different ones ("the attack came after a New
 * Year's Eve attack on the embassy" — the second attack's date is not the first one's).
 */
import type { Event } from '../../model/index.ts';
import { coreCueAt } from './features.ts';
import { stem } from './stem.ts';

/** A determiner or possessive, then at most three modifiers, right before the trigger. */
const DEFINITE_BEFORE = /(?:\b(?:the|this|that|its|their|his|her)|['’]s)(?:\s+[\p{L}\p{N}.-]+){0,3}\s+$/iu;

/** Right after a determiner or possessive: "the killing", "Soleimani's killing" (an -ing word further on is a participle). */
const DEFINITE_RIGHT_BEFORE = /(?:\b(?:the|this|that|its|their|his|her)|['’]s)\s+$/iu;

/** Whether the trigger is a happening word named by a definite description ("the strike", "the general's killing"). */
export function isBackReference(text: string, trigger: { start: number; end: number }): boolean {
  const word = text.slice(trigger.start, trigger.end);
  // only the words that name a happening (core cues); a verb form ("the US killed") is no description
  // a two-word cue ("air strike") is looked up whole: its first word alone is no cue
  if (/ed$/i.test(word) || coreCueAt(word.split(/\s+/).map(stem), 0).length === 0) return false;
  const before = text.slice(Math.max(0, trigger.start - 48), trigger.start);
  return /ing$/i.test(word) ? DEFINITE_RIGHT_BEFORE.test(before) : DEFINITE_BEFORE.test(before);
}

const datedByText = (e: Event): boolean => e.date?.from === 'timex' && (e.date.precision === 'day' || e.date.precision === 'hour' || e.date.precision === 'minute');

export function dateBackReferences(text: string, events: readonly Event[]): Event[] {
  return events.map((event, i) => {
    if (event.date !== null && event.date.from === 'timex') return event;
    if (!isBackReference(text, event.trigger)) return event;
    const fits = (other: Event): boolean => other.type === event.type && other.start !== event.start && datedByText(other) && (event.target === undefined || other.target === undefined || other.target === event.target);
    let donor: Event | undefined;
    for (let j = i - 1; j >= 0 && donor === undefined; j--) if (fits(events[j]!)) donor = events[j];
    for (let j = i + 1; j < events.length && donor === undefined; j++) if (fits(events[j]!)) donor = events[j];
    return donor?.date == null ? event : { ...event, date: donor.date };
  });
}
