/** Invented story articles for the contradictions tests: spans are found by searching the text for the words given. */
import type { Annotations, Document, Entity, EntityType, Event, Fact, Mention, Passage, Role, Sentence } from '../../../src/model/index.ts';
import type { StoryArticle } from '../../../src/stories/story-article.ts';

/** `[start, end)` of the n-th occurrence of `needle` (throws when missing, so a typo fails loudly). */
export function find(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in "${text}"`);
  }
  return { start: at, end: at + needle.length };
}

export interface EntitySpec {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly key: string;
  readonly roles?: readonly Role[];
  readonly country?: string;
  readonly aliases?: readonly string[];
  /** Surface forms to mark as mentions (every occurrence); defaults to the name. */
  readonly forms?: readonly string[];
}

export interface ArticleSpec {
  readonly id: string;
  readonly source: string | null;
  readonly text: string;
  readonly published?: string;
  readonly passages?: readonly { readonly id: string; readonly at: string; readonly time?: string }[];
  readonly entities?: readonly EntitySpec[];
  readonly facts?: readonly { readonly span: string; readonly quantity: number; readonly about: string; readonly unit?: string }[];
  readonly events?: readonly { readonly sentence: string; readonly type: string; readonly cameo: string; readonly actor?: string; readonly target?: string; readonly day: string; readonly reportedBy?: string }[];
  readonly newerVersion?: string;
}

export function article(spec: ArticleSpec): StoryArticle {
  const { text } = spec;
  const passages: Passage[] = (spec.passages ?? []).map((p, i, all) => {
    const start = find(text, p.at).start;
    const next = all[i + 1];
    const end = next ? find(text, next.at).start : text.length;
    return { id: p.id, kind: 'liveblog_entry', start, end, ...(p.time ? { time: p.time } : {}) };
  });
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]?/g)) {
    const lead = (m[0].match(/^\s*/) as RegExpMatchArray)[0].length;
    if (m[0].trim()) sentences.push({ start: (m.index as number) + lead, end: (m.index as number) + m[0].length });
  }
  const entities: Entity[] = (spec.entities ?? []).map((e) => ({
    id: e.id, type: e.type, name: e.name, aliases: e.aliases ?? [], roles: e.roles ?? [], key: e.key, ...(e.country ? { country: e.country } : {}),
  }));
  const mentions: Mention[] = [];
  for (const e of spec.entities ?? []) {
    for (const form of e.forms ?? [e.name]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ entity: e.id, start: at, end: at + form.length, text: form });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const facts: Fact[] = (spec.facts ?? []).map((f, i) => ({ id: `f${i}`, ...find(text, f.span), quantity: f.quantity, about: f.about, ...(f.unit ? { unit: f.unit } : {}) }));
  const events: Event[] = (spec.events ?? []).map((e, i) => {
    const span = find(text, e.sentence);
    return {
      id: `v${i}`, ...span, trigger: span, type: e.type, cameo: e.cameo, date: { value: e.day, precision: 'day', from: 'timex' }, intensity: -10,
      ...(e.actor ? { actor: e.actor } : {}), ...(e.target ? { target: e.target } : {}), ...(e.reportedBy ? { reportedBy: e.reportedBy } : {}),
    };
  });
  const doc: Document = {
    id: spec.id, origin: spec.id, url: null, title: null, published: spec.published ? { value: spec.published, precision: 'day' } : null,
    source: spec.source, agencies: [], author: null, language: 'en', kind: passages.length ? 'liveblog' : 'article', text, rawSha256: '', passages,
  };
  const annotations: Annotations = { doc: spec.id, sentences, entities, mentions, quotes: [], timexes: [], events, facts, stances: [] };
  return { doc, annotations, ...(spec.newerVersion ? { newerVersion: spec.newerVersion } : {}) };
}

/** The cited texts of a contradiction's claims, in order. */
export function citedTexts(articles: readonly StoryArticle[], claims: readonly { citation: { doc: string; start: number; end: number } }[]): string[] {
  return claims.map(({ citation }) => {
    const a = articles.find((x) => x.doc.id === citation.doc);
    return `${citation.doc}:${a?.doc.text.slice(citation.start, citation.end) ?? '?'}`;
  });
}
