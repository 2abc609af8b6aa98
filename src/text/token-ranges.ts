/** Mapping between character spans and token indexes, shared by the annotation steps. */
import type { Sentence, Span, Token } from '../model/index.ts';

/** For each token, the index of the span covering it (spans in any order), or −1. */
export function spanIndexByToken(tokens: readonly Token[], spans: readonly Span[]): Int32Array {
  const at = new Int32Array(tokens.length).fill(-1);
  const order = spans.map((_, i) => i).sort((a, b) => (spans[a]?.start ?? 0) - (spans[b]?.start ?? 0));
  let t = 0;
  for (const index of order) {
    const span = spans[index];
    if (!span) continue;
    while (t > 0 && (tokens[t - 1]?.end ?? 0) > span.start) t--; // overlapping spans: step back a little
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.start) t++;
    for (let k = t; k < tokens.length && (tokens[k]?.start ?? Infinity) < span.end; k++) at[k] = index;
  }
  return at;
}

/** Token index ranges `[first, end)` of each sentence, in one sweep. */
export function sentenceTokenRanges(tokens: readonly Token[], sentences: readonly Sentence[]): [number, number][] {
  const ranges: [number, number][] = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < sentence.start) t++;
    const first = t;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= sentence.end) t++;
    ranges.push([first, t]);
  }
  return ranges;
}
