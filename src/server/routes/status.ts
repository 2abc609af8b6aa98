/** GET /api/status: what the store holds (the CLI's `storyline` status, as JSON) and whether the demo corpus is at hand. */
import { existsSync } from 'node:fs';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { currentAnalysisVersion } from '../../pipeline/index.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { DEFAULT_SEEDS_DIR } from '../options.ts';
import { json, problemResponses } from '../schemas/common.ts';

const Status = z.object({
  documents: z.number().int(), passages: z.number().int(), stories: z.number().int(),
  analysed: z.number().int().openapi({ description: 'documents analysed by the current rules and weights' }),
  analysisVersion: z.string(),
  firstPublished: z.string().nullable(), lastPublished: z.string().nullable(),
  bySource: z.array(z.object({ source: z.string().nullable(), documents: z.number().int() })),
  byKind: z.array(z.object({ kind: z.string(), documents: z.number().int() })),
  backend: z.enum(['pglite', 'postgres']), readOnly: z.boolean(),
  seedsAvailable: z.boolean().openapi({ description: 'the demo corpus (../shared/corpus/seeds) can be loaded with POST /api/demo' }),
}).openapi('Status');

const route = createRoute({
  method: 'get', path: '/api/status', tags: ['status'], summary: 'What the store holds',
  responses: { 200: json(Status, 'Counts and store facts'), 401: problemResponses[401] },
});

export function registerStatus(app: OpenAPIHono<ServerEnv>, options: ServerOptions): void {
  app.openapi(route, async (c) => {
    const { store } = options;
    const version = currentAnalysisVersion();
    const [stats, stories, analysed] = await Promise.all([store.stats(), store.countStories(), store.countAnalysed(version)]);
    return c.json({
      documents: stats.documents, passages: stats.passages, stories, analysed: analysed.current, analysisVersion: version,
      firstPublished: stats.firstPublished, lastPublished: stats.lastPublished,
      bySource: [...stats.bySource], byKind: [...stats.byKind],
      backend: store.backend, readOnly: options.readOnly === true,
      seedsAvailable: existsSync(options.seedsDir ?? DEFAULT_SEEDS_DIR),
    }, 200);
  });
}
