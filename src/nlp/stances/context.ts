/**
 * Per-document lookups built once: lower-cased tokens, the mention and quote content covering
 * each token, and entities by id — so finding an actor costs a bounded walk over tokens.
 */
import type { Entity, Mention, Quote, Span, Token } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';

export interface StanceContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly mentions: readonly Mention[];
  readonly mentionAt: Int32Array;
  readonly quotes: readonly Quote[];
  /** Index into `quotes` of the quote whose content covers each token, or -1. */
  readonly quoteAt: Int32Array;
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Entities by lower-cased name and alias, to resolve a title's organisation (`US` in a role). */
  readonly entityByName: ReadonlyMap<string, Entity>;
  /** GPE entities by ISO country code, for demonyms used as actors (`Iranian officials` → Iran). */
  readonly gpeByCountry: ReadonlyMap<string, Entity>;
}

/** For every token, the index of the span (in `spans`' order) covering it, or -1. */
export function coverage(tokens: readonly Token[], spans: readonly Span[]): Int32Array {
  const at = new Int32Array(tokens.length).fill(-1);
  const order = spans.map((_, i) => i).sort((a, b) => (spans[a]?.start ?? 0) - (spans[b]?.start ?? 0));
  let t = 0;
  for (const index of order) {
    const span = spans[index];
    if (!span) continue;
    while (t > 0 && (tokens[t - 1]?.end ?? 0) > span.start) t--;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.start) t++;
    for (let k = t; k < tokens.length && (tokens[k]?.start ?? Infinity) < span.end; k++) at[k] = index;
  }
  return at;
}

export function buildStanceContext(input: StageInput): StanceContext {
  const entityById = new Map(input.entities.map((e) => [e.id, e]));
  const gpeByCountry = new Map<string, Entity>();
  for (const e of input.entities) if (e.type === 'GPE' && e.country && !gpeByCountry.has(e.country)) gpeByCountry.set(e.country, e);
  const entityByName = new Map<string, Entity>();
  for (const e of input.entities) {
    for (const name of [e.name, ...e.aliases]) if (!entityByName.has(name.toLowerCase())) entityByName.set(name.toLowerCase(), e);
  }
  return {
    text: input.doc.text,
    entityByName,
    tokens: input.tokens,
    lower: input.tokens.map((t) => t.text.toLowerCase()),
    mentions: input.mentions,
    mentionAt: coverage(input.tokens, input.mentions),
    quotes: input.quotes,
    quoteAt: coverage(input.tokens, input.quotes.map((q) => q.content)),
    entityById,
    gpeByCountry,
  };
}

/** Token index ranges `[first, end)` of each sentence, in one sweep. */
export function sentenceTokenRanges(input: StageInput): [number, number][] {
  const ranges: [number, number][] = [];
  let t = 0;
  for (const sentence of input.sentences) {
    while (t < input.tokens.length && (input.tokens[t]?.start ?? 0) < sentence.start) t++;
    const first = t;
    while (t < input.tokens.length && (input.tokens[t]?.end ?? 0) <= sentence.end) t++;
    ranges.push([first, t]);
  }
  return ranges;
}
