/**
 * Entity corrections over HTTP: list them, make one (merge, split, rename, set type), delete one to
 * undo it. A write is refused with 403 under `--read-only` before its body is read, and needs the
 * token like every other /api request. The store applies a correction to every entity read at once.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { indexCorrections, resolveEntityKey } from '../../model/index.ts';
import type { Store } from '../../store/index.ts';
import { StoreError } from '../../store/index.ts';
import { decodeCursor, offsetOf, pageOf } from '../cursor.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { plain } from '../plain.ts';
import { badRequest, HttpProblem, notFound } from '../problem.ts';
import { json, page, PageQuery, Problem, problemResponses } from '../schemas/common.ts';
import { Correction, CorrectionBody } from '../schemas/corrections.ts';

const readOnly = { 403: { description: 'The server is read-only', content: { 'application/problem+json': { schema: Problem } } } };
const errors = { 400: problemResponses[400], 401: problemResponses[401], 404: problemResponses[404] };

const list = createRoute({
  method: 'get', path: '/api/corrections', tags: ['corrections'], summary: 'Entity corrections, oldest first',
  request: { query: z.object(PageQuery) },
  responses: { 200: json(page(Correction, 'CorrectionPage'), 'A page of corrections'), 400: errors[400], 401: errors[401] },
});

const create = createRoute({
  method: 'post', path: '/api/corrections', tags: ['corrections'], summary: 'Correct an entity: merge, split an alias off, rename, set the type',
  request: { body: { required: true, content: { 'application/json': { schema: CorrectionBody } } } },
  responses: { 201: json(Correction, 'The correction, applied everywhere'), ...errors, ...readOnly },
});

const remove = createRoute({
  method: 'delete', path: '/api/corrections/{id}', tags: ['corrections'], summary: 'Undo a correction',
  request: { params: z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }) },
  responses: { 200: json(Correction, 'The correction undone'), ...errors, ...readOnly },
});

/** The key an entity merged away now lives under (as a merged story's old id keeps resolving); the key itself otherwise. */
export async function mergedKey(store: Store, key: string): Promise<string> {
  return resolveEntityKey(indexCorrections(await store.listCorrections()), key, '');
}

/** The store's refusals as HTTP: an unknown entity is 404, a correction that cannot be made 400. */
function asProblem(error: unknown): unknown {
  if (error instanceof StoreError && error.code === 'unknown-entity') return notFound(error.message);
  if (error instanceof StoreError && error.code === 'invalid-correction') return badRequest(error.message);
  return error;
}

export function registerCorrections(app: OpenAPIHono<ServerEnv>, options: ServerOptions): void {
  const { store } = options;
  // Before the body is read or validated, as for ingest.
  for (const path of ['/api/corrections', '/api/corrections/:id']) {
    app.use(path, async (c, next) => {
      if (options.readOnly && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
        throw new HttpProblem(403, 'Read-only', 'this server was started with --read-only: correct entities with `storyline correct` instead');
      }
      await next();
    });
  }

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const offset = offsetOf(decodeCursor(q.cursor));
    const rows = (await store.listCorrections()).slice(offset, offset + q.limit + 1);
    return c.json(plain(pageOf(rows, q.limit, (_, n) => ({ o: offset + n }))), 200);
  });

  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    try {
      const made = await store.addCorrection({ kind: body.kind, subject: body.subject, value: body.value, note: body.note ?? null });
      return c.json(plain(made), 201);
    } catch (error) {
      throw asProblem(error);
    }
  });

  app.openapi(remove, async (c) => {
    const undone = await store.deleteCorrection(c.req.valid('param').id);
    if (undone === null) throw notFound(`no correction ${c.req.valid('param').id} (see GET /api/corrections)`);
    return c.json(plain(undone), 200);
  });
}
