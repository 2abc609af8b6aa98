/**
 * POST /api/session {token}: the page's login when the server has a token — sets the session cookie
 * (HttpOnly, SameSite=Strict) so the page's own requests need no header. DELETE logs out.
 * GET /healthz: the process answers and the store answers.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { sameSecret, SESSION_COOKIE, sessionCookie } from '../auth.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { HttpProblem } from '../problem.ts';
import { json, problemResponses } from '../schemas/common.ts';

const login = createRoute({
  method: 'post', path: '/api/session', tags: ['session'], summary: 'Log in with the server’s token (sets an HttpOnly, SameSite=Strict cookie)',
  request: { body: { required: true, content: { 'application/json': { schema: z.object({ token: z.string().min(1).max(500) }) } } } },
  responses: { 200: json(z.object({ ok: z.boolean(), tokenRequired: z.boolean() }), 'Logged in'), 400: problemResponses[400], 401: problemResponses[401] },
});

const logout = createRoute({
  method: 'delete', path: '/api/session', tags: ['session'], summary: 'Log out (clears the cookie)',
  responses: { 200: json(z.object({ ok: z.boolean(), tokenRequired: z.boolean() }), 'Logged out'), 401: problemResponses[401] },
});

const health = createRoute({
  method: 'get', path: '/healthz', tags: ['status'], summary: 'Liveness: the process and its store answer',
  responses: { 200: json(z.object({ ok: z.literal(true), schema: z.number().int() }), 'Healthy') },
});

export function registerSession(app: OpenAPIHono<ServerEnv>, { store, token }: ServerOptions): void {
  const tokenRequired = token !== undefined;
  app.openapi(login, async (c) => {
    const given = c.req.valid('json').token;
    if (token === undefined) return c.json({ ok: true, tokenRequired }, 200);
    if (!sameSecret(given, token)) throw new HttpProblem(401, 'Unauthorized', 'that is not this server’s token');
    c.header('Set-Cookie', sessionCookie(token));
    return c.json({ ok: true, tokenRequired }, 200);
  });

  app.openapi(logout, async (c) => {
    c.header('Set-Cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    return c.json({ ok: true, tokenRequired }, 200);
  });

  app.openapi(health, async (c) => {
    const versions = await store.schemaVersions();
    return c.json({ ok: true as const, schema: versions.at(-1) ?? 0 }, 200);
  });
}
