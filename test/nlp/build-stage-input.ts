/**
 * Builds a StageInput by hand from an invented text, so a stage can be tested without the stages
 * before it (spaCy's habit: build the Doc, load no model). Entities are given with the surface
 * strings that name them; every whole-word occurrence of those strings becomes a mention.
 * Quotes and time expressions are given as strings located in the text.
 */
import type {
  Document, Entity, EntityType, Event, Mention, Quote, Role, Span, Timex, TimexType,
} from '../../src/model/index.ts';
import { splitSentences, tokenize } from '../../src/text/index.ts';
import type { StageInput } from '../../src/nlp/stage-input.ts';

export interface EntitySpec {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  readonly roles?: readonly Role[];
  readonly country?: string;
  /** Surface strings to mark as mentions; default: the name and the aliases. */
  readonly find?: readonly string[];
}

export interface QuoteSpec {
  /** The quoted words (without the quote marks), located in the text. */
  readonly content: string;
  /** The speaker as written, located in the text after (or else before) the content. */
  readonly speaker?: string;
  /** Name of the entity the speaker resolves to. */
  readonly speakerEntity?: string;
  readonly kind?: Quote['kind'];
}

export interface TimexSpec {
  readonly text: string;
  readonly type: TimexType;
  readonly value?: string;
}

export interface EventSpec {
  /** The trigger word as written. */
  readonly trigger: string;
  readonly type: string;
}

export interface InputSpec {
  readonly entities?: readonly EntitySpec[];
  readonly quotes?: readonly QuoteSpec[];
  readonly timexes?: readonly TimexSpec[];
  readonly events?: readonly EventSpec[];
}

/** Every whole-word occurrence of `needle` in `text`. */
export function locateAll(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length === 0) return spans;
  const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  let at = text.indexOf(needle);
  while (at >= 0) {
    const end = at + needle.length;
    if (!isWord(text[at - 1]) && !isWord(text[end])) spans.push({ start: at, end });
    at = text.indexOf(needle, at + 1);
  }
  return spans;
}

function locateOne(text: string, needle: string, from = 0): Span {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`build-stage-input: "${needle}" is not in the text`);
  return { start: at, end: at + needle.length };
}

function makeDocument(text: string): Document {
  return {
    id: 'd-test', origin: 'test.txt', url: null, title: null,
    published: { value: '2020-01-03', precision: 'day' }, source: null, agencies: [], author: null,
    language: 'en', kind: 'article', text, rawSha256: '0'.repeat(64),
    passages: [{ id: 'd-test/p0', kind: 'paragraph', start: 0, end: text.length }],
  };
}

function buildEntities(text: string, specs: readonly EntitySpec[]): { entities: Entity[]; mentions: Mention[] } {
  const entities: Entity[] = [];
  const candidates: { span: Span; entity: string }[] = [];
  specs.forEach((spec, index) => {
    const id = `e${index}`;
    entities.push({
      id, type: spec.type, name: spec.name, aliases: spec.aliases ?? [], roles: spec.roles ?? [],
      key: `${spec.type}:${spec.name.toLowerCase()}`, ...(spec.country ? { country: spec.country } : {}),
    });
    for (const surface of spec.find ?? [spec.name, ...(spec.aliases ?? [])]) {
      for (const span of locateAll(text, surface)) candidates.push({ span, entity: id });
    }
  });
  // Longest first, then keep only spans that overlap none already kept.
  candidates.sort((a, b) => (b.span.end - b.span.start) - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: { span: Span; entity: string }[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => k.span.start < c.span.end && c.span.start < k.span.end)) kept.push(c);
  }
  kept.sort((a, b) => a.span.start - b.span.start);
  const mentions = kept.map(({ span, entity }) => ({ ...span, entity, text: text.slice(span.start, span.end) }));
  return { entities, mentions };
}

function buildQuotes(text: string, specs: readonly QuoteSpec[], entities: readonly Entity[]): Quote[] {
  return specs.map((spec, index) => {
    const content = locateOne(text, spec.content);
    let speaker: Quote['speaker'] = null;
    if (spec.speaker) {
      const after = text.indexOf(spec.speaker, content.end);
      const span = after >= 0 ? { start: after, end: after + spec.speaker.length } : locateOne(text, spec.speaker);
      const entity = spec.speakerEntity ? entities.find((e) => e.name === spec.speakerEntity)?.id ?? null : null;
      speaker = { ...span, text: spec.speaker, entity };
    }
    const start = Math.min(content.start, speaker?.start ?? content.start);
    const end = Math.max(content.end, speaker?.end ?? content.end);
    return { id: `q${index}`, start, end, content, cue: null, speaker, kind: spec.kind ?? 'direct' };
  });
}

function buildTimexes(text: string, specs: readonly TimexSpec[]): Timex[] {
  return specs.map((spec, index) => ({
    id: `t${index}`, ...locateOne(text, spec.text), text: spec.text, type: spec.type, value: spec.value ?? 'XXXX', anchor: null,
  }));
}

function buildEvents(text: string, specs: readonly EventSpec[]): Event[] {
  return specs.map((spec, index) => {
    const trigger = locateOne(text, spec.trigger);
    return { id: `v${index}`, ...trigger, trigger, type: spec.type, cameo: '00', date: null, intensity: 0 };
  });
}

/** A StageInput over `text`: real tokens and sentences, hand-made entities, quotes, timexes, events. */
export function buildStageInput(text: string, spec: InputSpec = {}): StageInput {
  const tokens = tokenize(text);
  const { entities, mentions } = buildEntities(text, spec.entities ?? []);
  return {
    doc: makeDocument(text),
    tokens,
    sentences: splitSentences(text, tokens),
    names: [],
    entities,
    mentions,
    timexes: buildTimexes(text, spec.timexes ?? []),
    quotes: buildQuotes(text, spec.quotes ?? [], entities),
    events: buildEvents(text, spec.events ?? []),
  };
}

/** The entity id of the entity named `name` in `input` (throws when absent, so a test fails clearly). */
export function entityId(input: StageInput, name: string): string {
  const found = input.entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity named ${name}`);
  return found.id;
}
