/**
 * Per-document lookups built once: lower-cased tokens, the mention and quote content covering
 * each token, and entities by id — so finding an actor costs a bounded walk over tokens.
 */
import type { Entity, Mention, Quote, Token } from '../../model/index.ts';
import { sentenceTokenRanges as tokenRangesOfSentences, spanIndexByToken } from '../../text/index.ts';
import type { StageInput } from '../stage-input.ts';
import { lowerCaseTokens } from '../../text/lower-case.ts';

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

export function buildStanceContext(input: StageInput): StanceContext {
  const entityById = new Map(input.entities.map((e) => [e.id, e]));
  const gpeByCountry = new Map<string, Entity>();
  for (const e of input.entities) if (e.type === 'GPE' && e.country && !gpeByCountry.has(e.country)) gpeByCountry.set(e.country, e);
  const entityByName = new Map<string, Entity>();
  const byName = (e: Entity, name: string): void => {
    const key = name.toLowerCase();
    if (!entityByName.has(key)) entityByName.set(key, e);
  };
  for (const e of input.entities) {
    byName(e, e.name);
    for (const alias of e.aliases) byName(e, alias);
  }
  return {
    text: input.doc.text,
    entityByName,
    tokens: input.tokens,
    lower: lowerCaseTokens(input.tokens),
    mentions: input.mentions,
    mentionAt: spanIndexByToken(input.tokens, input.mentions),
    quotes: input.quotes,
    quoteAt: spanIndexByToken(input.tokens, input.quotes.map((q) => q.content)),
    entityById,
    gpeByCountry,
  };
}

/** Token index ranges `[first, end)` of each sentence. */
export function sentenceTokenRanges(input: StageInput): [number, number][] {
  return tokenRangesOfSentences(input.tokens, input.sentences);
}
