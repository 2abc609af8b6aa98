/**
 * GET /api/search?q=: ranked full-text search over documents with highlighted snippets, computed by
 * PostgreSQL (the store's `searchDocuments`), with the document list's filters. Snippets come as
 * `{text, match}` parts so the page highlights them with text nodes, never markup.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { decodeCursor, offsetOf, pageOf } from '../cursor.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { plain } from '../plain.ts';
import { DocumentSummary, json, page, PageQuery, problemResponses } from '../schemas/common.ts';
import { DocumentFilters } from '../schemas/documents.ts';
import { documentFilter } from './documents.ts';

const SearchHit = z.object({
  document: DocumentSummary,
  rank: z.number(),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })).openapi({ description: 'the best passages, matched words marked' }),
}).openapi('SearchHit');

const search = createRoute({
  method: 'get', path: '/api/search', tags: ['search'], summary: 'Full-text search: ranked documents with highlighted snippets',
  request: {
    query: z.object({
      ...PageQuery,
      q: z.string().trim().min(1).max(300).openapi({ description: 'words; "a phrase", -excluded, or (web search syntax)' }),
      ...DocumentFilters,
    }),
  },
  responses: {
    200: json(page(SearchHit, 'SearchPage'), 'A page of hits, best first'),
    400: problemResponses[400], 401: problemResponses[401], 404: problemResponses[404],
  },
});

export function registerSearch(app: OpenAPIHono<ServerEnv>, { store }: ServerOptions): void {
  app.openapi(search, async (c) => {
    const q = c.req.valid('query');
    const offset = offsetOf(decodeCursor(q.cursor));
    const hits = await store.searchDocuments({ ...(await documentFilter(store, q)), text: q.q, limit: q.limit + 1, offset });
    return c.json(plain(pageOf(hits, q.limit, (_, n) => ({ o: offset + n }))), 200);
  });
}
