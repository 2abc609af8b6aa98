/**
 * Invented story articles for the summary tests. Paragraphs are arrays of sentences (joined by one
 * space; paragraphs by a blank line); entities are found in the text by name and alias; quotes are
 * placed by the exact words of their content and speaker.
 */
import type { Annotations, Document, Entity, EntityType, Event, Mention, Passage, Quote, QuoteKind, Sentence } from '../../../src/model/index.ts';
import type { StoryArticle } from '../../../src/stories/story-article.ts';

export interface Paragraph {
  readonly sentences: readonly string[];
  /** Live-blog entry time (ISO); the passage is then a `liveblog_entry`. */
  readonly time?: string;
  readonly headline?: boolean;
}

export interface EntitySpec {
  readonly name: string;
  readonly type?: EntityType;
  readonly aliases?: readonly string[];
}

export interface QuoteSpec {
  /** Exact words of the quote's content (quote marks included when they are part of it). */
  readonly content: string;
  /** Exact words of the speaker as written, searched from the content onwards, then from the start; null: no speaker found. */
  readonly speaker: string | null;
  /** Name of the entity the speaker resolves to (one of the article's entities), or null. */
  readonly entity: string | null;
  readonly kind?: QuoteKind;
}

export interface ArticleSpec {
  readonly source?: string | null;
  readonly published?: string;
  readonly copyGroup?: string;
  readonly newerVersion?: string;
  readonly entities?: readonly EntitySpec[];
  readonly quotes?: readonly QuoteSpec[];
  /** Event dates from the text: [words of the sentence they are in, ISO day]. */
  readonly eventDates?: readonly (readonly [string, string])[];
}

const keyOf = (e: EntitySpec): string => `${e.type ?? 'PERSON'}:${e.name.toLowerCase()}`;

function findMentions(text: string, entities: readonly Entity[]): Mention[] {
  const mentions: Mention[] = [];
  for (const e of entities) {
    for (const form of [e.name, ...e.aliases].sort((a, b) => b.length - a.length)) {
      const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      for (const m of text.matchAll(re)) {
        const start = m.index ?? 0;
        const end = start + form.length;
        if (mentions.some((x) => x.start < end && x.end > start)) continue;
        mentions.push({ start, end, entity: e.id, text: form });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function mustFind(text: string, words: string, from = 0): number {
  const at = text.indexOf(words, from);
  if (at < 0) throw new Error(`test builder: "${words}" is not in the text`);
  return at;
}

export function storyArticle(id: string, paragraphs: readonly (Paragraph | readonly string[])[], spec: ArticleSpec = {}): StoryArticle {
  let text = '';
  const passages: Passage[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    const para: Paragraph = 'sentences' in p ? (p as Paragraph) : { sentences: p as readonly string[] };
    if (text) text += '\n\n';
    const start = text.length;
    for (const [k, s] of para.sentences.entries()) {
      if (k > 0) text += ' ';
      sentences.push({ start: text.length, end: text.length + s.length });
      text += s;
    }
    const kind = para.headline ? 'headline' : para.time ? 'liveblog_entry' : 'paragraph';
    passages.push({ id: `${id}.p${i}`, kind, start, end: text.length, ...(para.time ? { time: para.time } : {}) });
  });
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => ({
    id: `e${i}`, type: e.type ?? 'PERSON', name: e.name, aliases: e.aliases ?? [], roles: [], key: keyOf(e),
  }));
  const entityId = (name: string | null): string | null => (name === null ? null : (entities.find((e) => e.name === name)?.id ?? null));
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => {
    const cs = mustFind(text, q.content);
    const content = { start: cs, end: cs + q.content.length };
    let speaker: Quote['speaker'] = null;
    if (q.speaker !== null) {
      const after = text.indexOf(q.speaker, content.end);
      const ss = after >= 0 ? after : mustFind(text, q.speaker);
      speaker = { start: ss, end: ss + q.speaker.length, text: q.speaker, entity: entityId(q.entity) };
    }
    const start = Math.min(content.start, speaker?.start ?? content.start);
    const end = Math.max(content.end, speaker?.end ?? content.end);
    return { id: `q${i}`, start, end, content, cue: null, speaker, kind: q.kind ?? 'direct' };
  });
  const events: Event[] = (spec.eventDates ?? []).map(([words, day], i) => {
    const at = mustFind(text, words);
    const s = sentences.find((x) => x.start <= at && at < x.end) as Sentence;
    return { id: `v${i}`, start: s.start, end: s.end, trigger: { start: at, end: at + 1 }, type: 'OTHER', cameo: '01', date: { value: day, precision: 'day', from: 'timex' }, intensity: 0 };
  });
  const published = spec.published ?? '2026-03-02';
  const doc: Document = {
    id, origin: `${id}.txt`, url: null, title: null, published: { value: published, precision: 'day' },
    source: spec.source === undefined ? `outlet-${id}` : spec.source, agencies: [], author: null, language: 'en',
    kind: passages.some((p) => p.kind === 'liveblog_entry') ? 'liveblog' : 'article', text, rawSha256: '', passages,
  };
  const annotations: Annotations = {
    doc: id, sentences, entities, mentions: findMentions(text, entities), quotes, timexes: [], events, facts: [], stances: [],
  };
  return {
    doc, annotations, ...(spec.copyGroup !== undefined ? { copyGroup: spec.copyGroup } : {}),
    ...(spec.newerVersion !== undefined ? { newerVersion: spec.newerVersion } : {}),
  };
}

/** The text a citation points at. */
export function cited(articles: readonly StoryArticle[], c: { doc: string; start: number; end: number }): string {
  const a = articles.find((x) => x.doc.id === c.doc);
  if (!a) throw new Error(`no article ${c.doc}`);
  return a.doc.text.slice(c.start, c.end);
}
