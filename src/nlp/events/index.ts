/**
 * Events: who did what to whom, where and when, one per sentence that reports a happening
 * (README.md in this folder: model, intensity scale, dating rules, measured figures).
 */
import type { Entity, Event, EventDate, Quote, Span, Token } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { findArguments } from './arguments.ts';
import type { Classification } from './classify.ts';
import { analyseWords, classify, isEvent } from './classify.ts';
import { ANAPHORIC_DETERMINERS, CLAUSE_BREAKERS, DIRECTIVE_CUES, SPEECH_STEMS } from './data/function-words.ts';
import { fallbackDate, ownDate } from './dating.ts';
import { coreCueAt } from './features.ts';
import type { CueMatch } from './features.ts';
import type { EventModel } from './model.ts';
import { stem } from './stem.ts';
import type { TriggerChoice } from './trigger.ts';
import { chooseTrigger, ploverOfCode, sameCategory } from './trigger.ts';

export type { CameoInfo, EventModel, EventModelFile, EventThresholds } from './model.ts';
export { parseEventModel } from './model.ts';
export { analyseWords, classify, isEvent } from './classify.ts';
export type { Classification, Evidence, SentenceAnalysis } from './classify.ts';

/** Sentences shorter than this (in tokens) are bylines, read-times, captions. */
const MIN_TOKENS = 5;

export interface ExtractOptions {
  /**
   * Code every sentence as if it reported a happening (its best event class), skipping the
   * no-event decision: for evaluating categories and arguments on sentences known to hold an event.
   */
  readonly everySentence?: boolean;
}

export function extractEvents(input: StageInput, model: EventModel): Event[] {
  return extractEventsWith(input, model, {});
}

/** Index of the first item whose start is at or after `offset` (items sorted by start). */
function firstFrom(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items inside a span, by binary search (tokens, mentions and timexes are in text order). */
function within<T extends Span>(items: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, span.start); i < items.length && items[i]!.start < span.end; i++) if (items[i]!.end <= span.end) out.push(items[i]!);
  return out;
}

const tokensIn = within<Token>;

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** The CAMEO code, PLOVER type and mode: the trigger cue's when it is of the predicted category. */
function coding(model: EventModel, label: string, cueCode: string | null): { type: string; code: string; mode?: string } {
  if (cueCode !== null) {
    const plover = ploverOfCode(model, cueCode)!;
    const mode = (model.cameo.get(cueCode) ?? model.cameo.get(cueCode.slice(0, 3)))?.mode;
    return { type: plover, code: cueCode, ...(mode ? { mode } : {}) };
  }
  // YIELD without a cue: CONCEDE is the category's first half (080–083) and the more general one
  const type = label === 'YIELD' ? 'CONCEDE' : label;
  return { type, code: model.rootOf.get(type) ?? '01' };
}

function intensityOf(model: EventModel, code: string): number {
  const info = model.cameo.get(code) ?? model.cameo.get(code.slice(0, 3)) ?? model.cameo.get(code.slice(0, 2));
  return info?.goldstein ?? 0;
}

/** An official's act is coded to their country when the document names it (CAMEO codes states). */
function stateOf(actor: Entity | undefined, entities: readonly Entity[]): Entity | undefined {
  if (actor === undefined || actor.type !== 'PERSON' || actor.country === undefined || actor.roles.length === 0) return actor;
  return entities.find((e) => e.type === 'GPE' && e.country === actor.country) ?? actor;
}

/** "the strike", "this attack": a core cue noun after a determiner that points back. */
function isAnaphoric(stems: readonly string[], index: number): boolean {
  return ANAPHORIC_DETERMINERS.has(stems[index - 1] ?? '') || ANAPHORIC_DETERMINERS.has(stems[index - 2] ?? '');
}

/**
 * A sentence the classifier does not call an event may still continue one told before: "the
 * Pentagon said Sunday that the strike was ordered by Trump" is about the strike. Its category is
 * the earlier event's; it counts when it adds who did it or when (checked by the caller).
 */
function continuation(stems: readonly string[], cues: readonly CueMatch[], earlier: readonly Event[], model: EventModel): { label: string; choice: TriggerChoice } | null {
  for (let i = 0; i < stems.length; i++) {
    const core = coreCueAt(stems, i);
    if (core.length === 0 || !isAnaphoric(stems, i)) continue;
    const label = core.categories.find((category) => earlier.some((e) => sameCategory(category, e.type)));
    if (label === undefined) continue;
    const cue = cues.find((c) => c.index === i && sameCategory(label, ploverOfCode(model, c.code)));
    return { label, choice: { index: i, length: core.length, code: cue?.code ?? null, core: true } };
  }
  return null;
}

/**
 * The part of the sentence that tells the happening when no quote was found around it: after
 * "said (on Sunday) that" when a speech verb comes before the trigger, else the whole clause.
 */
function reportedPart(tokens: readonly Token[], stems: readonly string[], triggerIndex: number, clause: Span): Span {
  for (let j = triggerIndex - 1; j >= 0; j--) {
    if (!SPEECH_STEMS.has(stems[j]!)) continue;
    let start = tokens[j]!.end;
    for (let k = j + 1; k < triggerIndex; k++) if (stems[k] === 'that') start = tokens[k]!.end;
    return { start: Math.max(start, clause.start), end: clause.end };
  }
  return clause;
}

/**
 * A sentence of two contrasting clauses ("Iran vowed revenge, while Washington said …") is coded
 * clause by clause, so the second clause's words do not decide the first one's category. Splits only
 * at a comma or semicolon before while/whereas/but/although, and only into clauses of 4+ tokens.
 */
function clausesOf(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [];
  let from = 0;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const breaks = tokens[i]!.text === ';' || (tokens[i]!.text === ',' && CLAUSE_BREAKERS.has(tokens[i + 1]!.text.toLowerCase()));
    if (breaks && i - from >= 4 && tokens.length - i - 1 >= 4) {
      clauses.push(tokens.slice(from, i));
      from = i + 1;
    }
  }
  clauses.push(tokens.slice(from));
  return clauses;
}

interface Decision {
  readonly label: string;
  readonly choice: TriggerChoice;
  /** The sentence only continues an earlier event (kept when it adds an actor or a date). */
  readonly continues: boolean;
}

function decide(model: EventModel, result: Classification, words: readonly string[], stems: readonly string[], cues: readonly CueMatch[], earlier: readonly Event[], options: ExtractOptions): Decision | null {
  const label = result.eventLabel;
  const choice = chooseTrigger(model, label, words, stems, cues);
  if (options.everySentence === true) return { label, choice: choice ?? { index: 0, length: 1, code: null, core: false }, continues: false };
  if (choice !== null && isEvent(model, result, choice.core ? 'core' : choice.code !== null ? 'cue' : 'uncued')) return { label, choice, continues: false };
  const continued = continuation(stems, cues, earlier, model);
  return continued === null ? null : { ...continued, continues: true };
}

/** One clause (`unit`, all of the sentence `whole` unless split) → its event, given the events coded before it in the document. */
function codeClause(input: StageInput, model: EventModel, options: ExtractOptions, whole: Span, tokens: readonly Token[], events: readonly Event[], entityById: ReadonlyMap<string, Entity>): Event | null {
  const unit: Span = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
  const words = tokens.map((t) => t.text);
  const analysis = analyseWords(words, model.cues, model.cameo);
  const decision = decide(model, classify(model, analysis), words, analysis.stems, analysis.cues, events, options);
  if (decision === null) return null;
  const { label, choice } = decision;
  const first = tokens[choice.index]!;
  const last = tokens[choice.index + choice.length - 1]!;
  const trigger: Span = { start: first.start, end: last.end };

  // reported speech: the happening lies in a quote's content; its clause is that content
  const quoted: Quote | undefined = input.quotes.find((q) => inside(trigger, q.content) && q.content.start < unit.end && q.content.end > unit.start);
  // "Trump ordered the killing of …": an order, not speech — the one who orders acts
  const directive = quoted?.cue != null && DIRECTIVE_CUES.has(stem(input.doc.text.slice(quoted.cue.start, quoted.cue.end)));
  const quote = directive ? undefined : quoted;
  const clause: Span = quote === undefined ? unit : { start: Math.max(unit.start, quote.content.start), end: Math.min(unit.end, quote.content.end) };
  const clauseTokens = tokensIn(tokens, clause);
  const triggerIndex = clauseTokens.indexOf(first);
  // a date is never an actor ("on Saturday"), whatever the tagger made of it
  const clauseTimexes = within(input.timexes, clause);
  const mentions = within(input.mentions, clause).filter((m) => !clauseTimexes.some((t) => t.start < m.end && t.end > m.start));
  const found = triggerIndex < 0 ? {} : findArguments(clauseTokens, mentions, entityById, triggerIndex, trigger);

  const { type, code, mode } = coding(model, label, choice.code);
  const actorEntity = found.actor?.entity ?? (directive ? quoted?.speaker?.entity ?? undefined : undefined);
  let actor = stateOf(actorEntity === undefined ? undefined : entityById.get(actorEntity), input.entities)?.id;
  let target = found.target?.entity;
  const told = quote === undefined ? reportedPart(tokens, analysis.stems, choice.index, clause) : clause;
  let date: EventDate | null = ownDate(clauseTimexes, told, trigger);
  if (decision.continues && actor === undefined && date === null) return null;

  // "the strike …": continue the earlier event of the same category (its participants, its date)
  const anaphoric = isAnaphoric(analysis.stems, choice.index);
  const earlier = [...events].reverse().find((e) => e.type === type || sameCategory(label, e.type));
  if (earlier !== undefined) {
    const overlaps = (actor !== undefined && (actor === earlier.actor || actor === earlier.target)) || (target !== undefined && (target === earlier.target || target === earlier.actor));
    if (anaphoric) {
      actor ??= earlier.actor;
      target ??= earlier.target;
    }
    if (date === null && (anaphoric || overlaps) && earlier.date?.from === 'timex') date = earlier.date;
  }
  date ??= fallbackDate(input.doc, unit);

  return {
    id: `v${events.length}`,
    start: whole.start,
    end: whole.end,
    trigger,
    type,
    ...(mode === undefined ? {} : { mode }),
    cameo: code.slice(0, 2),
    ...(actor === undefined ? {} : { actor }),
    ...(target === undefined || target === actor ? {} : { target }),
    ...(found.place === undefined ? {} : { place: found.place.entity }),
    date,
    intensity: intensityOf(model, code),
    ...(quote === undefined ? {} : { reportedBy: quote.id }),
  };
}

export function extractEventsWith(input: StageInput, model: EventModel, options: ExtractOptions): Event[] {
  const entityById = new Map(input.entities.map((e) => [e.id, e] as const));
  // the binary searches need text order; stages produce it, but a caller's hand-made input may not
  const byStart = <T extends Span>(items: readonly T[]): readonly T[] => (items.every((x, i) => i === 0 || items[i - 1]!.start <= x.start) ? items : [...items].sort((a, b) => a.start - b.start));
  input = { ...input, tokens: byStart(input.tokens), mentions: byStart(input.mentions), timexes: byStart(input.timexes) };
  const events: Event[] = [];
  for (const whole of input.sentences) {
    const sentenceTokens = tokensIn(input.tokens, whole);
    if (sentenceTokens.length < MIN_TOKENS) continue;
    for (const clause of options.everySentence === true ? [sentenceTokens] : clausesOf(sentenceTokens)) {
      const event = codeClause(input, model, options, whole, clause, events, entityById);
      if (event !== null) events.push(event);
    }
  }
  return events;
}
