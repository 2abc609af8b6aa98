/**
 * Per-document lookups built once in one pass each, so every later question about a token is O(1):
 * its lower-cased text, the time expression and mention it lies in, and whether it is part of a
 * phone number.
 */
import type { Mention, Timex, Token } from '../../model/index.ts';
import { sentenceTokenRanges as tokenRangesOfSentences, spanIndexByToken } from '../../text/index.ts';
import type { StageInput } from '../stage-input.ts';
import { lowerCaseTokens } from '../../text/lower-case.ts';

export interface TokenContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  /** Index into `timexes` of the time expression covering each token, or -1. */
  readonly timexAt: Int32Array;
  readonly timexes: readonly Timex[];
  /** Index into `mentions` of the mention covering each token, or -1. */
  readonly mentionAt: Int32Array;
  readonly mentions: readonly Mention[];
  /** Entity type by entity id (`NORP` for `Pakistanis`). */
  readonly entityType: ReadonlyMap<string, string>;
  /** 1 where a token is part of a phone number. */
  readonly phone: Uint8Array;
}

/** Marks, for every token, the index of the span (sorted by start) that covers it. */

// `+1 202-555-0100`, `(030) 1234 5678`, `0171 555 1234`: three or more digit groups.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)|\d{2,5})[\s.-]\d{3,4}[\s.-]\d{3,5}(?!\d)/g;

function phoneTokens(text: string, tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(PHONE)) {
    if (m.index !== undefined && /[-.()+]/.test(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (spans.length === 0) return marks; // most texts have no phone number
  const at = spanIndexByToken(tokens, spans);
  for (let k = 0; k < at.length; k++) if ((at[k] ?? -1) >= 0) marks[k] = 1;
  return marks;
}

export function buildTokenContext(input: StageInput): TokenContext {
  const { tokens } = input;
  const text = input.doc.text;
  return {
    text,
    tokens,
    lower: lowerCaseTokens(tokens),
    timexAt: spanIndexByToken(tokens, input.timexes),
    timexes: input.timexes,
    mentionAt: spanIndexByToken(tokens, input.mentions),
    mentions: input.mentions,
    entityType: new Map(input.entities.map((e) => [e.id, e.type])),
    phone: phoneTokens(text, tokens),
  };
}

/** Token index ranges `[first, end)` of each sentence. */
export function sentenceTokenRanges(input: StageInput): [number, number][] {
  return tokenRangesOfSentences(input.tokens, input.sentences);
}
