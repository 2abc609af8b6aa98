/**
 * A story's views as the API serves them and the database stores them (story_views, migration
 * 0009): the story row with its documents, the timeline, the summary, the reactions and the
 * contradictions, each a JSON body built from the loaded story by the same stages as the CLI. The
 * server's routes answer with these bodies, and an ingest stores those of the page's default
 * parameters for every story it changed (store-story-views.ts), so one function builds each view.
 */
import type { Store } from '../store/index.ts';
import type { LoadedStory } from './story-articles.ts';
import { STORY_VIEW_LIMIT } from './story-articles.ts';
import { storyDocumentGroups } from './story-documents.ts';
import { storyContradictions, storyReactions, storySummary, storyTimelineItems } from './story-views.ts';

/** The page's parameters: a timeline of 10 dates with 2 sentences each, a summary of 6 sentences. */
export const DEFAULT_TIMELINE = { dates: 10, perDate: 2 } as const;
export const DEFAULT_SUMMARY_SENTENCES = 6;

export async function storyDetailBody(store: Store, loaded: LoadedStory): Promise<object> {
  const ids = await store.storyDocuments(loaded.story.id, STORY_VIEW_LIMIT);
  const summaries = await store.listDocuments({ story: loaded.story.id, limit: STORY_VIEW_LIMIT });
  const analysed = new Set(loaded.articles.map((a) => a.doc.id));
  const byId = new Map(summaries.map((d) => [d.id, d]));
  const documents = ids.flatMap((id) => {
    const d = byId.get(id);
    return d ? [{ ...d, analysed: analysed.has(id) }] : [];
  });
  const groups = storyDocumentGroups(loaded, ids).map((g) => ({ docs: [...g.docs], kinds: [...g.kinds], current: [...g.current] }));
  return { story: loaded.story, documents, groups, truncated: loaded.story.documents > ids.length };
}

export function timelineBody(loaded: LoadedStory, options: { dates: number; perDate: number }): object {
  return {
    story: loaded.story.id,
    items: storyTimelineItems(loaded, { maxDates: options.dates, perDate: options.perDate }).map((item) => ({
      date: item.date,
      text: item.sentences.map((s) => s.text).join(' '),
      citations: item.sentences.flatMap((s) => [s, ...s.alsoIn]).map((s) => ({ doc: s.doc, start: s.start, end: s.end })),
      sentences: item.sentences.map((s) => ({ doc: s.doc, start: s.start, end: s.end, text: s.text, alsoIn: s.alsoIn.map((a) => ({ ...a })) })),
      sources: item.sources, mentions: item.mentions, events: item.events.map((e) => ({ ...e })),
    })),
  };
}

export function summaryBody(loaded: LoadedStory, options: { sentences: number; maxChars?: number | undefined }): object {
  const view = storySummary(loaded, { maxSentences: options.sentences, ...(options.maxChars ? { maxChars: options.maxChars } : {}) });
  return { story: loaded.story.id, sentences: view.sentences };
}

export function reactionsBody(loaded: LoadedStory): object {
  const { matrix, escalation } = storyReactions(loaded);
  return { story: loaded.story.id, matrix, escalation };
}

export function contradictionsBody(loaded: LoadedStory): object {
  return { story: loaded.story.id, items: storyContradictions(loaded).items };
}

/** The keys views are stored and kept under (the server's routes name them the same way). */
export const viewKeys = {
  detail: 'detail',
  timeline: (o: { dates: number; perDate: number }) => `timeline:${o.dates}:${o.perDate}`,
  summary: (o: { sentences: number; maxChars?: number | undefined }) => `summary:${o.sentences}:${o.maxChars ?? ''}`,
  reactions: 'reactions',
  contradictions: 'contradictions',
} as const;

/**
 * The views the story page asks first, with their default parameters: the ones stored. In the order an
 * ingest stores them: the timeline and the reactions first (what a new article updates first), the
 * costlier summary and contradictions of a large story last.
 */
export const PAGE_VIEWS: readonly { readonly key: string; readonly compute: (loaded: LoadedStory, store: Store) => object | Promise<object> }[] = [
  { key: viewKeys.timeline(DEFAULT_TIMELINE), compute: (loaded) => timelineBody(loaded, DEFAULT_TIMELINE) },
  { key: viewKeys.reactions, compute: (loaded) => reactionsBody(loaded) },
  { key: viewKeys.detail, compute: (loaded, store) => storyDetailBody(store, loaded) },
  { key: viewKeys.summary({ sentences: DEFAULT_SUMMARY_SENTENCES }), compute: (loaded) => summaryBody(loaded, { sentences: DEFAULT_SUMMARY_SENTENCES }) },
  { key: viewKeys.contradictions, compute: (loaded) => contradictionsBody(loaded) },
];

/**
 * Part of every stored key: bump it when what a view computes or how its JSON is shaped changes, so
 * that rows written by an older Storyline are never served by a newer one.
 */
export const STORED_VIEWS_REVISION = 1;

export function storedViewKey(key: string): string {
  return `${key}@${STORED_VIEWS_REVISION}`;
}

/** Whether a view key is one the page asks with default parameters (the only ones stored). */
export function isPageView(key: string): boolean {
  return PAGE_VIEWS.some((v) => v.key === key);
}
