/**
 * GET /api/search?q=: ranked full-text search over documents, computed by PostgreSQL (the store's
 * `search`, src/store/search-queries.ts), with the document list's filters, facet counts over the
 * newest matches, and each hit's passage (where it first says what was searched for) as a span. Snippets come as `{text, match}` parts so
 * the page highlights them with text nodes, never markup. Answers are kept per state of the
 * database (snapshot-cache.ts).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { decodeCursor, offsetOf, pageOf } from '../cursor.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { plain } from '../plain.ts';
import { DocumentSummary, json, PageQuery, problemResponses } from '../schemas/common.ts';
import { FACET_VALUES, SEARCH_CANDIDATES, type SearchResult } from '../../store/index.ts';
import { DocumentFilters } from '../schemas/documents.ts';
import { documentFilter } from './documents.ts';
import { parametersKey, SnapshotCache } from '../snapshot-cache.ts';

const Span = z.object({ start: z.number().int(), end: z.number().int() });

const SearchHit = z.object({
  document: DocumentSummary,
  rank: z.number(),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })).openapi({ description: 'the best matching passage, matched words marked' }),
  passage: Span.nullable().openapi({ description: 'the best matching passage as a span of the text (UTF-16 code units; open it with /doc/ID?span=START-END); null when only the title matched' }),
}).openapi('SearchHit');

const FacetValue = z.object({ value: z.string(), label: z.string(), count: z.number().int() }).openapi('SearchFacetValue');

const SearchFacets = z.object({
  outlet: z.array(FacetValue).openapi({ description: 'value: the outlet, for ?outlet=' }),
  kind: z.array(FacetValue).openapi({ description: 'value: the kind, for ?kind=' }),
  date: z.object({ unit: z.enum(['day', 'month']), values: z.array(FacetValue) }).openapi({ description: 'publication days (while the counted matches span a month at most) or months, newest first; value for ?from= and ?to=' }),
  entity: z.array(FacetValue).openapi({ description: 'value: the entity key, for ?entity=' }),
  story: z.array(FacetValue).openapi({ description: 'value: the story id, for ?story=' }),
}).openapi('SearchFacets', {
  description: `counted over the newest matches (at most ${SEARCH_CANDIDATES}), the set the first page is ranked among, so a search costs the same whatever it matches; at most ${FACET_VALUES} values a facet, most frequent first`,
});

const SearchPage = z.object({
  items: z.array(SearchHit),
  next: z.string().nullable().openapi({ description: 'cursor of the next page; null on the last' }),
  facets: SearchFacets,
  counted: z.number().int().openapi({ description: 'matches the facets count (the newest ones)' }),
  capped: z.boolean().openapi({ description: 'true when more documents match than were counted' }),
}).openapi('SearchPage');

const search = createRoute({
  method: 'get', path: '/api/search', tags: ['search'],
  summary: 'Full-text search: ranked documents, the passage where each first holds the words highlighted, and facet counts',
  description: `Matches are ranked in tranches of the newest ${SEARCH_CANDIDATES} (news search favours the recent): the first pages rank the newest matches, later pages the older ones.`,
  request: {
    query: z.object({
      ...PageQuery,
      q: z.string().trim().min(1).max(300).openapi({ description: 'words; "a phrase", -excluded, or (web search syntax)' }),
      ...DocumentFilters,
    }),
  },
  responses: {
    200: json(SearchPage, 'A page of hits, best first, with facets'),
    400: problemResponses[400], 401: problemResponses[401], 404: problemResponses[404],
  },
});

const EMPTY_FACETS = { outlet: [], kind: [], date: { unit: 'day' as const, values: [] }, entity: [], story: [] };

export function registerSearch(app: OpenAPIHono<ServerEnv>, { store, answerCache }: ServerOptions): void {
  const answers = new SnapshotCache<SearchResult>(store, answerCache);
  app.openapi(search, async (c) => {
    const q = c.req.valid('query');
    const offset = offsetOf(decodeCursor(q.cursor));
    const query = { ...(await documentFilter(store, q)), text: q.q, limit: q.limit + 1, offset };
    const result = await answers.get(parametersKey(query), () => store.search(query));
    const { items, next } = pageOf(result.hits, q.limit, (_, n) => ({ o: offset + n }));
    return c.json(plain({ items, next, facets: result.facets ?? EMPTY_FACETS, counted: result.counted, capped: result.capped }), 200);
  });
}
