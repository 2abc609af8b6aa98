/**
 * A political statement as an event. News reports much of what governments and leaders do as what
 * they said ("the minister said the killing was illegal", "Berlin called for prudence"); PLOVER codes
 * such statements by what they do (ACCUSE, REQUEST, THREATEN, SUPPORT …), and CAMEO codes states and
 * officials, not analysts. A clause that holds no happening of its own is a statement event when a
 * quote in it has a cue and a speaker resolved to a named entity, and the classifier does not rule
 * the words out entirely (`STATEMENT_MARGIN`). Its trigger is the cue, its actor the speaker, its
 * category the classifier's best event class, its date the time attached to the saying (not a
 * live-blog stamp), else the anchor (the caller's fallback).
 */
import type { Entity, EventDate, Quote, Span, Token } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import type { Classification } from './classify.ts';
import { ownDate } from './dating.ts';
import { isEntryStamp } from './timex-attachment.ts';
import { COMMENTATOR_WORDS } from './data/function-words.ts';

/** Lead of NONE beyond which the words are taken as commentary, not a coded statement (set on the seeds' error list). */
const STATEMENT_MARGIN = -20;

export interface Statement {
  readonly label: string;
  readonly trigger: Span;
  /** Entity id of the speaker. */
  readonly speaker: string;
  readonly quote: string;
  readonly date: EventDate | null;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function codeStatement(input: StageInput, unit: Span, result: Classification, tokens: readonly Token[], entities: ReadonlyMap<string, Entity>): Statement | null {
  if (result.margin <= STATEMENT_MARGIN || tokens.length === 0) return null;
  const quote: Quote | undefined = input.quotes.find((q) => q.cue !== null && q.speaker?.entity != null && q.cue.start >= unit.start && q.cue.end <= unit.end && overlaps(q.content, unit));
  if (quote?.cue == null || quote.speaker?.entity == null) return null;
  // "according to the news agency": a source of the report, not someone acting
  if (/^according\b/i.test(input.doc.text.slice(quote.cue.start, quote.cue.end))) return null;
  const speaker = entities.get(quote.speaker.entity);
  if (speaker !== undefined && speaker.roles.some((r) => COMMENTATOR_WORDS.some((w) => r.title.toLowerCase().includes(w)))) return null;
  return { label: result.eventLabel, trigger: { start: quote.cue.start, end: quote.cue.end }, speaker: quote.speaker.entity, quote: quote.id, date: sayingDate(input, unit, quote) };
}

/** The time of a saying: a time expression of the clause outside the quoted words (not a live-blog stamp), nearest the cue. */
export function sayingDate(input: StageInput, unit: Span, quote: Quote): EventDate | null {
  const timexes = input.timexes.filter((t) => t.start >= unit.start && t.end <= unit.end && !isEntryStamp(input.doc, t) && !(t.start >= quote.content.start && t.end <= quote.content.end));
  return timexes.length === 0 ? null : ownDate(timexes, unit, quote.cue ?? quote.content);
}
