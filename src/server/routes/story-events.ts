/**
 * GET /api/stories/{id}/events: server-sent events that keep a story page current while reports are
 * ingested, analysed or corrected (by this server or any other writer of the store). The server keeps
 * no state: each stream reads the story's summary row and version every few seconds and sends them when
 * they changed — first at once, then on every change; a comment line keeps idle connections open. A merged story follows its new id.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../store/index.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { notFound } from '../problem.ts';
import { problemResponses } from '../schemas/common.ts';

const route = createRoute({
  method: 'get', path: '/api/stories/{id}/events', tags: ['stories'], summary: 'Server-sent events: the story summary row, again whenever it changes',
  request: { params: z.object({ id: z.string().min(1).max(100).regex(/^[\w.:-]+$/) }) },
  responses: {
    200: { description: '`event: story` with a StorySummary and its `version` (which changes with every new member, re-analysis or entity correction) as data, at once and on each change', content: { 'text/event-stream': { schema: z.string() } } },
    400: problemResponses[400], 401: problemResponses[401], 404: problemResponses[404],
  },
});

export function registerStoryEvents(app: OpenAPIHono<ServerEnv>, { store, pollMs = 3000 }: ServerOptions): void {
  app.openapi(route, async (c) => {
    const asked = c.req.valid('param').id;
    if ((await store.resolveStory(asked)) === null) throw notFound(`no story "${asked}" (see GET /api/stories)`);
    const encoder = new TextEncoder();
    const signal = c.req.raw.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const tick = async () => {
          try {
            const row = await currentRow(store, asked);
            const data = JSON.stringify(row);
            controller.enqueue(encoder.encode(data === last ? ': still here\n\n' : `event: story\ndata: ${data}\n\n`));
            last = data;
            if (!signal.aborted) timer = setTimeout(tick, pollMs);
          } catch {
            // The client went away (or the store failed): end the stream; it may already be closed.
            clearTimeout(timer);
            try {
              controller.close();
            } catch {
              // already closed
            }
          }
        };
        signal.addEventListener('abort', () => clearTimeout(timer));
        void tick();
      },
      cancel() {
        clearTimeout(timer);
      },
    });
    return new Response(body, {
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' },
    }) as never;
  });
}

/** The story row with its version (Store.storyVersion), so a re-analysis or a correction is an event too, not only a new member. */
async function currentRow(store: Store, asked: string) {
  const id = await store.resolveStory(asked);
  if (id === null) return null;
  const [row, version] = await Promise.all([store.getStory(id), store.storyVersion(id)]);
  return row === null ? null : { ...row, version };
}
