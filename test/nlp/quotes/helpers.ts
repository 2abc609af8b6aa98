/** Builds a StageInput for the quote finder from an invented text and optional named mentions. */
import type { Document, Entity, EntityType, Mention, Quote } from '../../../src/model/index.ts';
import { extractQuotes, type QuoteOptions } from '../../../src/nlp/quotes/index.ts';
import type { StageInput } from '../../../src/nlp/stage-input.ts';
import { splitSentences, tokenize } from '../../../src/text/index.ts';

export interface Named {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  readonly roles?: readonly string[];
}

/** Every occurrence of each name or alias becomes a mention of its entity (`e0`, `e1`, … in order). */
export function stageInput(text: string, named: readonly Named[] = []): StageInput {
  const tokens = tokenize(text);
  const entities: Entity[] = named.map((n, k) => ({
    id: `e${k}`, type: n.type, name: n.name, aliases: n.aliases ?? [], roles: (n.roles ?? []).map((title) => ({ title })), key: `${n.type}:${n.name.toLowerCase()}`,
  }));
  const mentions: Mention[] = [];
  named.forEach((n, k) => {
    for (const form of [n.name, ...(n.aliases ?? [])]) {
      let at = text.indexOf(form);
      while (at >= 0) {
        const end = at + form.length;
        if (!mentions.some((m) => m.start < end && at < m.end)) mentions.push({ start: at, end, entity: `e${k}`, text: form });
        at = text.indexOf(form, end);
      }
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  const doc = { id: 'd1', text } as unknown as Document;
  return { doc, tokens, sentences: splitSentences(text, tokens), names: [], entities, mentions, timexes: [], quotes: [], events: [] };
}

export function quotesOf(text: string, named: readonly Named[] = [], options?: QuoteOptions): Quote[] {
  return extractQuotes(stageInput(text, named), options);
}

export const slice = (text: string, span: { start: number; end: number } | null | undefined): string | null => (span ? text.slice(span.start, span.end) : null);
