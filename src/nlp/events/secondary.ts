/**
 * More than one happening in a sentence: "Esper said Thursday that attacks — including the rocket
 * attack on Dec. 27 — will be met …", "the breach followed US airstrikes on Sunday". A time
 * expression the sentence's event does not use dates the happening it is attached to: the nearest
 * core cue word that the attachment rules (timex-attachment.ts) let it date, and that is not negated,
 * hypothetical or part of a name. Each such pair becomes its own event when its date differs from
 * the dates already coded for the sentence. Only clauses with a time expression pay for this.
 */
import type { Entity, Event, Span, Token } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { findArguments } from './arguments.ts';
import { coding, eventDraft, stateOf } from './coding.ts';
import { ownDate, precisionOf } from './dating.ts';
import type { CoreMatch } from './features.ts';
import { isHypothetical, isNegated } from './modality.ts';
import type { EventModel } from './model.ts';
import { within } from './spans.ts';
import { datingTimexes, isEntryStamp } from './timex-attachment.ts';
import { isBackReference } from './back-reference.ts';

type Draft = Omit<Event, 'id'>;

/** `cores`: the clause's core cues (`findCoreCues` of its stems). */
export function otherDatedHappenings(input: StageInput, model: EventModel, whole: Span, tokens: readonly Token[], cores: readonly CoreMatch[], events: readonly Event[], entityById: ReadonlyMap<string, Entity>): Draft[] {
  const clause: Span = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
  const timexes = within(input.timexes, clause).filter((t) => (t.type === 'DATE' || t.type === 'TIME') && precisionOf(t.value) !== null && !isEntryStamp(input.doc, t));
  if (timexes.length === 0) return backReferenced(input, model, whole, tokens, cores, events);
  // the sentence's events are the last ones coded
  const sentenceEvents: Event[] = [];
  for (let i = events.length - 1; i >= 0 && events[i]!.start === whole.start; i--) sentenceEvents.push(events[i]!);
  const used = new Set(sentenceEvents.map((e) => e.date?.timex).filter((id) => id !== undefined));
  const dates = new Set(sentenceEvents.map((e) => e.date?.value));
  const words = tokens.map((t) => t.text);
  const mentions = within(input.mentions, clause);
  const drafts: Draft[] = [];
  for (const timex of timexes) {
    if (used.has(timex.id)) continue;
    let best: { index: number; length: number; label: string; distance: number } | null = null;
    for (const core of cores) {
      const first = tokens[core.index]!;
      const trigger: Span = { start: first.start, end: tokens[core.index + core.length - 1]!.end };
      if (sentenceEvents.some((e) => e.trigger.start === trigger.start)) continue;
      if (mentions.some((m) => m.start < trigger.end && trigger.start < m.end)) continue;
      const label = core.categories[0]!;
      if (isNegated(words, core.index) || (label !== 'THREATEN' && isHypothetical(words, core.index))) continue;
      if (datingTimexes(input.doc, tokens, [timex], trigger).length === 0) continue;
      const distance = timex.start >= trigger.end ? timex.start - trigger.end : trigger.start - timex.end;
      if (best === null || distance < best.distance) best = { index: core.index, length: core.length, label, distance };
    }
    if (best === null) continue;
    const trigger: Span = { start: tokens[best.index]!.start, end: tokens[best.index + best.length - 1]!.end };
    const date = ownDate([timex], clause, trigger);
    if (date === null || dates.has(date.value)) continue;
    dates.add(date.value);
    const found = findArguments(tokens, mentions.filter((m) => !timexes.some((t) => t.start < m.end && t.end > m.start)), entityById, best.index, trigger);
    const coded = coding(model, best.label, null);
    const actor = stateOf(found.actor === undefined ? undefined : entityById.get(found.actor.entity), input.entities)?.id;
    const target = found.target?.entity;
    drafts.push(eventDraft(model, { whole, trigger, coded, actor, target, place: found.place?.entity, date }));
  }
  return drafts;
}

/**
 * A definite description of a happening the story dated before ("Soleimani, who was killed in the
 * airstrike, was behind …"): when the sentence's own event is another one, the described happening
 * is a second event of the sentence, with the date the story gave it (the latest earlier event of
 * its category dated by a time expression to the day; else the latest one a live-blog entry
 * reported, with that entry's time). One per clause, only when its date is new there.
 */
function backReferenced(input: StageInput, model: EventModel, whole: Span, tokens: readonly Token[], cores: readonly CoreMatch[], events: readonly Event[]): Draft[] {
  const sentenceEvents: Event[] = [];
  for (let i = events.length - 1; i >= 0 && events[i]!.start === whole.start; i--) sentenceEvents.push(events[i]!);
  if (sentenceEvents.length === 0) return [];
  for (const core of cores) {
    const trigger: Span = { start: tokens[core.index]!.start, end: tokens[core.index + core.length - 1]!.end };
    if (sentenceEvents.some((e) => e.trigger.start === trigger.start || e.type === core.categories[0])) continue;
    if (!isBackReference(input.doc.text, trigger)) continue;
    let donor: Event | undefined;
    // none dated by the text: the latest one a live-blog entry reported, by its entry's time (the
    // document pass may still give both a date told later in the text: back-reference.ts)
    let reported: Event | undefined;
    for (let j = events.length - 1 - sentenceEvents.length; j >= 0 && donor === undefined; j--) {
      const e = events[j]!;
      if (e.type !== core.categories[0]) continue;
      if (e.date?.from === 'timex' && e.date.precision === 'day') donor = e;
      else if (e.date?.from === 'anchor') reported ??= e;
    }
    donor ??= reported;
    if (donor?.date == null || sentenceEvents.some((e) => e.date?.value === donor.date!.value)) continue;
    const coded = coding(model, core.categories[0]!, null);
    return [eventDraft(model, { whole, trigger, coded, actor: donor.actor, target: donor.target, date: donor.date })];
  }
  return [];
}
