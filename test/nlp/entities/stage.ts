/** Builds a StageInput from invented text and hand-made name spans (the tagger's output stand-in). */
import type { Document, EntityType, NameSpan } from '../../../src/model/index.ts';
import type { StageInput } from '../../../src/nlp/stage-input.ts';
import { splitSentences, tokenize } from '../../../src/text/index.ts';

/**
 * `names`: [surface, type] pairs; every occurrence of the surface (whole words) becomes a NameSpan,
 * longer surfaces first, so `Qassem Soleimani` wins over `Soleimani` at the same place.
 */
export function stageInput(text: string, names: readonly (readonly [string, EntityType])[]): StageInput {
  const spans: NameSpan[] = [];
  const taken = new Uint8Array(text.length);
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, type] of sorted) {
    let from = 0;
    for (let at = text.indexOf(surface, from); at >= 0; at = text.indexOf(surface, from)) {
      from = at + surface.length;
      const before = text[at - 1];
      const after = text[at + surface.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      if (taken.subarray(at, at + surface.length).some((x) => x === 1)) continue;
      taken.fill(1, at, at + surface.length);
      spans.push({ start: at, end: at + surface.length, type, text: surface });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const doc: Document = {
    id: 'doc-test', origin: 'test', url: null, title: null, published: null, source: null, agencies: [], author: null,
    language: 'en', kind: 'article', text, rawSha256: '0', passages: [{ id: 'p0', kind: 'paragraph', start: 0, end: text.length }],
  };
  return { doc, tokens, sentences, names: spans, entities: [], mentions: [], timexes: [], quotes: [], events: [] };
}
