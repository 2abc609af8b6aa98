/**
 * Entities and quotes across the corpus (`storyline entities`, `storyline quotes`), one entity with
 * what is said by and about it, and a story's entities and quotes — all the store's annotation
 * queries, filtered in SQL and paged by offset cursors.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AnnotationFilter, Store } from '../../store/index.ts';
import { decodeCursor, offsetOf, pageOf } from '../cursor.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { plain } from '../plain.ts';
import { notFound } from '../problem.ts';
import { DateBound, json, page, PageQuery, problemResponses, ShortText } from '../schemas/common.ts';
import { Entity, StoredRecord } from '../schemas/records.ts';
import { resolveStoryOr404 } from './stories.ts';
import { mergedKey } from './corrections.ts';

const errors = { 400: problemResponses[400], 401: problemResponses[401], 404: problemResponses[404] };
const EntityPage = page(Entity, 'EntityPage');
const RecordPage = page(StoredRecord, 'RecordPage');
const StoryId = z.object({ id: z.string().min(1).max(100).regex(/^[\w.:-]+$/) });
const EntityKey = ShortText.regex(/^[^\u0000-\u001f]+$/, 'an entity key (see GET /api/entities)');
const entityQuery = {
  ...PageQuery,
  type: z.string().regex(/^[A-Za-z_]{1,40}$/).optional().openapi({ description: 'entity type: PERSON, ORG, GPE, …' }),
  q: ShortText.optional().openapi({ description: 'part of the name or an alias' }),
};
const quoteQuery = {
  ...PageQuery,
  speaker: ShortText.optional().openapi({ description: 'part of the speaker’s name or alias' }),
  entity_key: EntityKey.optional().openapi({ description: 'the speaker’s exact entity key' }),
  from: DateBound.optional(), to: DateBound.optional(),
};

const entities = createRoute({
  method: 'get', path: '/api/entities', tags: ['entities'], summary: 'Entities across the corpus, aliases and roles merged',
  request: { query: z.object({ ...entityQuery, story: z.string().min(1).max(100).regex(/^[\w.:-]+$/).optional() }) },
  responses: { 200: json(EntityPage, 'A page of entities'), ...errors },
});

const EntityDetail = z.object({
  entity: Entity,
  mentions: z.array(StoredRecord), quotes: z.array(StoredRecord), events: z.array(StoredRecord), stances: z.array(StoredRecord),
}).openapi('EntityDetail');

const entity = createRoute({
  method: 'get', path: '/api/entities/{key}', tags: ['entities'], summary: 'One entity: aliases, roles, and its first mentions, quotes, events and stances (a key merged into another entity gives that entity)',
  request: { params: z.object({ key: EntityKey }), query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: { 200: json(EntityDetail, 'The entity'), ...errors },
});

const quotes = createRoute({
  method: 'get', path: '/api/quotes', tags: ['quotes'], summary: 'Who said what, oldest first',
  request: { query: z.object({ ...quoteQuery, story: z.string().min(1).max(100).regex(/^[\w.:-]+$/).optional() }) },
  responses: { 200: json(RecordPage, 'A page of quotes'), ...errors },
});

const storyEntities = createRoute({
  method: 'get', path: '/api/stories/{id}/entities', tags: ['stories'], summary: 'The entities of a story’s documents',
  request: { params: StoryId, query: z.object(entityQuery) }, responses: { 200: json(EntityPage, 'A page of entities'), ...errors },
});

const storyQuotes = createRoute({
  method: 'get', path: '/api/stories/{id}/quotes', tags: ['stories'], summary: 'The quotes of a story’s documents',
  request: { params: StoryId, query: z.object(quoteQuery) }, responses: { 200: json(RecordPage, 'A page of quotes'), ...errors },
});

type EntityQuery = { limit: number; cursor?: string | undefined; type?: string | undefined; q?: string | undefined };
type QuoteQuery = { limit: number; cursor?: string | undefined; speaker?: string | undefined; entity_key?: string | undefined; from?: string | undefined; to?: string | undefined };

async function entityPage(store: Store, q: EntityQuery, story: string | undefined) {
  const offset = offsetOf(decodeCursor(q.cursor));
  const filter: AnnotationFilter = { limit: q.limit + 1, offset, ...(q.type ? { type: q.type } : {}), ...(q.q ? { entity: q.q } : {}), ...(story ? { story } : {}) };
  return pageOf(await store.listEntities(filter), q.limit, (_, n) => ({ o: offset + n }));
}

async function quotePage(store: Store, q: QuoteQuery, story: string | undefined) {
  const offset = offsetOf(decodeCursor(q.cursor));
  const filter: AnnotationFilter = {
    limit: q.limit + 1, offset, ...(q.speaker ? { speaker: q.speaker } : {}), ...(q.entity_key ? { entityKey: q.entity_key } : {}),
    ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(story ? { story } : {}),
  };
  return pageOf(await store.queryRecords('quote', filter), q.limit, (_, n) => ({ o: offset + n }));
}

export function registerRecords(app: OpenAPIHono<ServerEnv>, { store }: ServerOptions): void {
  app.openapi(entities, async (c) => {
    const q = c.req.valid('query');
    const story = q.story ? await resolveStoryOr404(store, q.story) : undefined;
    return c.json(plain(await entityPage(store, q, story)), 200);
  });

  app.openapi(entity, async (c) => {
    const key = c.req.valid('param').key;
    const limit = c.req.valid('query').limit;
    let [found] = await store.listEntities({ entityKey: key, limit: 1 });
    // A key merged into another entity (a correction) answers with that entity.
    if (!found) [found] = await store.listEntities({ entityKey: await mergedKey(store, key), limit: 1 });
    if (!found) throw notFound(`no entity "${key}" (see GET /api/entities)`);
    const about = { entityKey: found.key, limit };
    const [mentions, said, events, stances] = await Promise.all([
      store.queryRecords('mention', about), store.queryRecords('quote', about), store.queryRecords('event', about), store.queryRecords('stance', about),
    ]);
    return c.json(plain({ entity: found, mentions, quotes: said, events, stances }), 200);
  });

  app.openapi(quotes, async (c) => {
    const q = c.req.valid('query');
    const story = q.story ? await resolveStoryOr404(store, q.story) : undefined;
    return c.json(plain(await quotePage(store, q, story)), 200);
  });

  app.openapi(storyEntities, async (c) => {
    const story = await resolveStoryOr404(store, c.req.valid('param').id);
    return c.json(plain(await entityPage(store, c.req.valid('query'), story)), 200);
  });

  app.openapi(storyQuotes, async (c) => {
    const story = await resolveStoryOr404(store, c.req.valid('param').id);
    return c.json(plain(await quotePage(store, c.req.valid('query'), story)), 200);
  });
}
