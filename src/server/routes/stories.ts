/**
 * /api/stories…: the story list and one story's views. Every view loads the story once through the
 * pipeline's `loadStory` and computes itself with the same functions as `storyline timeline|summary|
 * reactions|contradictions`, so the page and the CLI cannot disagree.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { contradictionsBody, DEFAULT_SUMMARY_SENTENCES, DEFAULT_TIMELINE, reactionsBody, storyDetailBody, summaryBody, timelineBody, viewKeys, type LoadedStory } from '../../pipeline/index.ts';
import type { Store } from '../../store/index.ts';
import { decodeCursor, offsetOf, pageOf } from '../cursor.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { StoryCache, type CachedStory } from '../story-cache.ts';
import { StoredViews } from '../stored-views.ts';
import { parametersKey, SnapshotCache } from '../snapshot-cache.ts';
import { plain } from '../plain.ts';
import { notFound } from '../problem.ts';
import { DateBound, json, page, PageQuery, problemResponses, ShortText, StorySummary } from '../schemas/common.ts';
import { Contradictions, Duplicates, Reactions, StoryDetail, Summary, Timeline } from '../schemas/story-views.ts';

const StoryId = z.object({ id: z.string().min(1).max(100).regex(/^[\w.:-]+$/, 'a story id (see GET /api/stories)').openapi({ description: 'a story id, a merged story’s old id, or a unique prefix' }) });
const errors = { 400: problemResponses[400], 401: problemResponses[401], 404: problemResponses[404] };

/** A list row: the story and its documents per day, for the list's activity chart. */
const StoryListItem = StorySummary.extend({
  activity: z.array(z.object({ date: z.string(), documents: z.number().int() })).openapi({ description: 'documents per publication day, every day of the story’s last 60 days with documents (undated documents not counted)' }),
}).openapi('StoryListItem');

const list = createRoute({
  method: 'get', path: '/api/stories', tags: ['stories'], summary: 'Stories, most recently active first',
  request: { query: z.object({ ...PageQuery, q: ShortText.optional().openapi({ description: 'keep stories with a document matching these words (full-text)' }), min_docs: z.coerce.number().int().min(1).max(100_000).default(1),
    from: DateBound.optional().openapi({ description: 'stories with a document published on or after this date' }),
    to: DateBound.optional().openapi({ description: 'stories with a document published on or before this date (a prefix: 2020-01 is the month)' }) }) },
  responses: { 200: json(page(StoryListItem, 'StoryPage'), 'A page of stories'), ...errors },
});

const view = <Q extends z.ZodObject, S extends z.ZodType>(path: string, summary: string, query: Q, schema: S, name: string) => createRoute({
  method: 'get', path: `/api/stories/{id}${path}`, tags: ['stories'], summary,
  request: { params: StoryId, query }, responses: { 200: json(schema, name), ...errors },
});

const one = view('', 'One story: its summary row and its documents grouped by version and copy', z.object({}), StoryDetail, 'The story');
const timeline = view('/timeline', 'What happened on which day, every line cited', z.object({
  dates: z.coerce.number().int().min(1).max(200).default(DEFAULT_TIMELINE.dates), per_date: z.coerce.number().int().min(1).max(20).default(DEFAULT_TIMELINE.perDate),
}), Timeline, 'The timeline');
const summary = view('/summary', 'Multi-source summary, quotes attributed', z.object({
  sentences: z.coerce.number().int().min(1).max(50).default(DEFAULT_SUMMARY_SENTENCES), max_chars: z.coerce.number().int().min(1).max(100_000).optional(),
}), Summary, 'The summary');
const reactions = view('/reactions', 'Actor × stance matrix with evidence, escalation by day', z.object({}), Reactions, 'The reactions');
const contradictions = view('/contradictions', 'Where sources disagree, both sides cited', z.object({}), Contradictions, 'The contradictions');
const duplicates = view('/duplicates', 'Duplicate, version and wire-copy pairs among the story’s documents', z.object({}), Duplicates, 'The pairs');

/** The live story an id or prefix stands for, loaded (or kept: story-cache.ts); a 404 problem when none. */
export async function loadStoryOr404(store: Store, idOrPrefix: string, stories: StoryCache): Promise<CachedStory> {
  const cached = await stories.get(await resolveStoryOr404(store, idOrPrefix));
  if (cached === null) throw noSuchStory(idOrPrefix);
  return cached;
}

function noSuchStory(idOrPrefix: string): Error {
  return notFound(`no story "${idOrPrefix}" (see GET /api/stories)`);
}

export async function resolveStoryOr404(store: Store, idOrPrefix: string): Promise<string> {
  const id = await store.resolveStory(idOrPrefix);
  if (id === null) throw noSuchStory(idOrPrefix);
  return id;
}

export function registerStories(app: OpenAPIHono<ServerEnv>, { store, storyCache, answerCache, storedViews, log }: ServerOptions): void {
  const stories = new StoryCache(store, storyCache);
  const views = new StoredViews(store, stories, { enabled: storedViews ?? true, ...(log ? { log } : {}) });
  const listPages = new SnapshotCache<object>(store, answerCache);
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const offset = offsetOf(decodeCursor(q.cursor));
    const query = { limit: q.limit + 1, offset, minDocuments: q.min_docs, ...(q.q ? { text: q.q } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
    const answer = await listPages.get(parametersKey(query), async () => {
      const rows = await store.listStories(query);
      const activity = await store.storyActivity(rows.slice(0, q.limit).map((r) => r.id));
      const withActivity = rows.map((r) => ({ ...r, activity: activity.get(r.id) ?? [] }));
      return pageOf(withActivity, q.limit, (_, n) => ({ o: offset + n }));
    });
    return c.json(plain(answer), 200);
  });

  /** Answers view `key` of the story an id or prefix stands for: stored, kept or computed (stored-views.ts). */
  const answer = async (idOrPrefix: string, key: string, compute: (loaded: LoadedStory) => unknown): Promise<never> => {
    const id = await resolveStoryOr404(store, idOrPrefix);
    const body = await views.json(id, key, compute);
    if (body === null) throw noSuchStory(idOrPrefix);
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }) as never;
  };

  app.openapi(one, async (c) => answer(c.req.valid('param').id, viewKeys.detail, (loaded) => storyDetailBody(store, loaded)));

  app.openapi(timeline, async (c) => {
    const q = c.req.valid('query');
    const options = { dates: q.dates, perDate: q.per_date };
    return answer(c.req.valid('param').id, viewKeys.timeline(options), (loaded) => timelineBody(loaded, options));
  });

  app.openapi(summary, async (c) => {
    const q = c.req.valid('query');
    const options = { sentences: q.sentences, maxChars: q.max_chars };
    return answer(c.req.valid('param').id, viewKeys.summary(options), (loaded) => summaryBody(loaded, options));
  });

  app.openapi(reactions, async (c) => answer(c.req.valid('param').id, viewKeys.reactions, reactionsBody));

  app.openapi(contradictions, async (c) => answer(c.req.valid('param').id, viewKeys.contradictions, contradictionsBody));

  app.openapi(duplicates, async (c) => {
    const { loaded } = await loadStoryOr404(store, c.req.valid('param').id, stories);
    return c.json(plain({ story: loaded.story.id, pairs: loaded.pairs }), 200);
  });
}
