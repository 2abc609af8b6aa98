/** Small shared helpers: which articles count, claims from spans, one-line texts. */
import type { Span } from '../../model/index.ts';
import type { StoryArticle } from '../story-article.ts';
import type { Claim } from './types.ts';

/** A claim citing `span` of the article's text; the text is the span itself, whitespace folded, cut at `maxLength`. */
export function claimAt(article: StoryArticle, span: Span, maxLength = 240): Claim {
  return { text: oneLine(article.doc.text.slice(span.start, span.end), maxLength), citation: { doc: article.doc.id, start: span.start, end: span.end } };
}

export function oneLine(text: string, maxLength = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1).trimEnd()}…`;
}

/** The sentence of the article that contains `offset` (the whole text when sentences are missing). */
export function sentenceAround(article: StoryArticle, offset: number): Span {
  const s = article.annotations.sentences.find((x) => x.start <= offset && offset < x.end);
  return s ?? { start: 0, end: article.doc.text.length };
}

/** Day part (`YYYY-MM-DD`) of an ISO-like value, or null when it names no day. */
export function dayOf(value: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return m?.[1] ?? null;
}

/** `map.get(key)`, creating the entry with `make()` first. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
