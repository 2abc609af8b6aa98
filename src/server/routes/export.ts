/**
 * GET /api/export?format=jsonl|json: the export (EXPORT.md) streamed as `storyline export` writes it
 * (`exportChunks`), so a large corpus never sits in the server's memory as one string.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { exportChunks } from '../../pipeline/index.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { problemResponses } from '../schemas/common.ts';

const route = createRoute({
  method: 'get', path: '/api/export', tags: ['export'], summary: 'The whole store in the export format, streamed',
  request: { query: z.object({ format: z.enum(['jsonl', 'json']).default('jsonl') }) },
  responses: {
    200: {
      description: 'JSON Lines (one record a line) or one JSON object',
      content: {
        'application/x-ndjson': { schema: z.string().openapi({ description: 'one JSON record a line: header, documents with their records, entities, duplicates, stories' }) },
        'application/json': { schema: z.looseObject({ format: z.string(), generated: z.string(), documents: z.array(z.unknown()) }) },
      },
    },
    400: problemResponses[400], 401: problemResponses[401],
  },
});

export function registerExport(app: OpenAPIHono<ServerEnv>, { store }: ServerOptions): void {
  app.openapi(route, async (c) => {
    const format = c.req.valid('query').format;
    const chunks = exportChunks(store, format);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': format === 'jsonl' ? 'application/x-ndjson; charset=utf-8' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="storyline-export.${format}"`,
      },
    }) as never;
  });
}
