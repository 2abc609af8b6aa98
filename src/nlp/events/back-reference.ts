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

/** Determiners that make a following noun a description ("the strike", "its attack"). Lower-case. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'its', 'their', 'his', 'her']);

/**
 * Words that end a description between its determiner and the noun: relatives, conjunctions,
 * prepositions and auxiliaries ("the US that triggered protests": the protests are not the US's;
 * "the Front will attack": a verb). Lower-case.
 */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'do', 'does', 'did', 'not',
]);

const MODIFIER_WORD = /^[\p{L}\p{N}.-]+$/u;
const POSSESSIVE = /['’]s$/;
const SPACES = /\s+/;

/**
 * Whether `before` (the text right before the trigger) ends in a determiner or possessive and at
 * most `modifiers` modifiers. "That" is a determiner only right before the trigger ("that attack";
 * further on it is a relative or a conjunction: "said that it should consult"). A word-by-word scan
 * of the last few words, not a regex with a look-ahead per modifier: it runs for every undated
 * event of the document.
 */
function definiteBefore(before: string, modifiers: number): boolean {
  const last = before.charCodeAt(before.length - 1);
  if (last !== 32 && last !== 10 && last !== 9 && last !== 160) return false; // a word runs on into the trigger
  const words = before.trimEnd().split(SPACES);
  for (let k = 0; k <= modifiers && k < words.length; k++) {
    const word = words[words.length - 1 - k]!;
    const lower = word.toLowerCase().replace(/^[^\p{L}]+/u, '');
    if (lower === 'that' ? k === 0 : DETERMINERS.has(lower) || POSSESSIVE.test(word)) return true;
    if (!MODIFIER_WORD.test(word) || NOT_MODIFIERS.has(lower)) return false;
  }
  return false;
}

/** Whether the trigger is a happening word named by a definite description ("the strike", "the general's killing"). */
export function isBackReference(text: string, trigger: { start: number; end: number }): boolean {
  const word = text.slice(trigger.start, trigger.end);
  // only the words that name a happening (core cues); a verb form ("the US killed") is no description
  // a two-word cue ("air strike") is looked up whole: its first word alone is no cue
  if (/ed$/i.test(word) || coreCueAt(word.split(/\s+/).map(stem), 0).length === 0) return false;
  const before = text.slice(Math.max(0, trigger.start - 48), trigger.start);
  // an -ing word further on than right after the determiner is a participle ("the US forces killing …")
  return definiteBefore(before, /ing$/i.test(word) ? 0 : 3);
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
