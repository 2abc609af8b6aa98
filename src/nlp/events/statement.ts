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
import { COMMENTATOR_AFFILIATIONS, COMMENTATOR_WORDS, SPEECH_ACT_CATEGORIES } from './data/function-words.ts';
import { coreCueAt, stemWords } from './features.ts';

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
  if (tokens.length === 0) return null;
  const spoken = input.quotes.filter((q) => q.cue !== null && q.speaker?.entity != null && q.cue.start >= unit.start && q.cue.end <= unit.end && overlaps(q.content, unit));
  // "X urged …", "Y warned …": a cue that is itself a speech act names what the statement does, whatever the other words
  const act = spoken.map((q) => ({ quote: q, label: speechActOf(input.doc.text.slice(q.cue!.start, q.cue!.end)) ?? demandIn(input.doc.text.slice(q.content.start, q.content.end)) })).find((a) => a.label !== undefined);
  if (act === undefined && result.margin <= STATEMENT_MARGIN) return null;
  const quote: Quote | undefined = act?.quote ?? spoken[0];
  if (quote?.cue == null || quote.speaker?.entity == null) return null;
  // "according to the news agency": a source of the report, not someone acting
  if (/^according\b/i.test(input.doc.text.slice(quote.cue.start, quote.cue.end))) return null;
  const speaker = entities.get(quote.speaker.entity);
  if (speaker !== undefined && isCommentator(speaker)) return null;
  // a turn's later quote is coded only when it does something of its own (a demand, a warning)
  if (act === undefined && continuesTurn(input.quotes, quote, unit)) return null;
  return { label: act?.label ?? result.eventLabel, trigger: { start: quote.cue.start, end: quote.cue.end }, speaker: quote.speaker.entity, quote: quote.id, date: sayingDate(input, unit, quote) };
}

/** "… must be stopped", "troops should be withdrawn": an official's must/should is a demand (PLOVER REQUEST). */
const demandIn = (content: string): string | undefined => (DEONTIC.test(content) ? 'REQUEST' : undefined);
const DEONTIC = /\b(?:must|should)\b/i;

/** The speech-act category (REQUEST, THREATEN, ACCUSE …) of a quote cue that is a core cue of one ("urged", "called on", "warned"). */
function speechActOf(cue: string): string | undefined {
  const stems = stemWords(cue.split(/\s+/));
  return coreCueAt(stems, 0).categories.find((category) => SPEECH_ACT_CATEGORIES.has(category));
}

/** A speaker whose title (analyst, expert, reporter …) or affiliation (an institute, a university) makes them a commentator: what they say is commentary, not an act CAMEO codes. */
export function isCommentator(entity: Entity): boolean {
  return entity.roles.some((r) => {
    const role = `${r.title} ${r.org ?? ''}`.toLowerCase();
    return COMMENTATOR_WORDS.some((w) => role.includes(w)) || COMMENTATOR_AFFILIATIONS.some((w) => role.includes(w));
  });
}

/**
 * A direct quote that goes on from the same speaker's quote just before it ("…," he said; "…,"
 * Vale added) continues one statement told in pieces: the statement is coded once, where the
 * speaker's turn begins, not again for every later sentence of the same speech — unless the later
 * quote is a speech act of its own ("… must be stopped," she said; "…," she warned).
 */
function continuesTurn(quotes: readonly Quote[], quote: Quote, unit: Span): boolean {
  if (quote.kind !== 'direct') return false;
  const at = quotes.indexOf(quote);
  const before = at > 0 ? quotes[at - 1] : undefined;
  return before !== undefined && before.start < unit.start && before.speaker?.entity != null && before.speaker.entity === quote.speaker?.entity;
}

/** The time of a saying: a time expression of the clause outside the quoted words (not a live-blog stamp), nearest the cue. */
export function sayingDate(input: StageInput, unit: Span, quote: Quote): EventDate | null {
  const timexes = input.timexes.filter((t) => t.start >= unit.start && t.end <= unit.end && !isEntryStamp(input.doc, t) && !(t.start >= quote.content.start && t.end <= quote.content.end));
  return timexes.length === 0 ? null : ownDate(timexes, unit, quote.cue ?? quote.content);
}
