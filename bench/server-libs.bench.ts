/**
 * The measurement behind the server's choice of router + schema library (src/server/README.md):
 * Hono + @hono/zod-openapi against Fastify + TypeBox, each serving one small JSON route with query
 * validation and a response schema, loaded by 16 keep-alive clients from a second process
 * (bench/http-load.ts). Also reports whether each produces an OpenAPI 3.1 document from the same
 * schemas. The candidates are installed in a scratch folder, not in the project:
 *
 *   npm install --prefix /tmp/server-libs hono@4.13.19 @hono/zod-openapi@1.6.3 @hono/node-server@2.1.9 zod@4.6.7 \
 *     fastify@5.12.8 @fastify/type-provider-typebox@6.3.0 typebox@1.4.3 ajv-formats@3.0.1 @fastify/swagger@9.9.3
 *   node --import tsx bench/server-libs.bench.ts /tmp/server-libs [--seconds 8]
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { loadResultOf, type LoadResult } from './http-load.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- the candidates are loaded from a scratch folder, untyped */
type Any = any;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seconds: { type: 'string', default: '8' } } });
const dir = positionals[0] ?? '/tmp/server-libs';
const requireFrom = createRequire(join(dir, 'noop.js'));
const load = (name: string): Promise<Any> => import(requireFrom.resolve(name));

/** The work both routes do: a page of invented items. */
function page(limit: number, q: string | undefined) {
  const items = Array.from({ length: limit }, (_, i) => ({ id: `d${i.toString(16).padStart(6, '0')}`, title: `${q ?? 'item'} ${i}`, published: '2020-01-03' }));
  return { items, next: limit > 0 ? 'b3BhcXVl' : null };
}

interface Candidate {
  readonly name: string;
  readonly packages: readonly string[];
  start(): Promise<{ port: number; openapi: () => Promise<unknown>; close: () => Promise<void> }>;
}

const hono: Candidate = {
  name: 'hono + @hono/zod-openapi (zod 4), @hono/node-server',
  packages: ['hono', '@hono/zod-openapi', '@hono/node-server', 'zod'],
  async start() {
    const { OpenAPIHono, createRoute, z } = await load('@hono/zod-openapi');
    const { serve } = await load('@hono/node-server');
    const Item = z.object({ id: z.string(), title: z.string(), published: z.string().nullable() });
    const route = createRoute({
      method: 'get', path: '/api/items',
      request: { query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20), q: z.string().max(200).optional() }) },
      responses: { 200: { description: 'a page', content: { 'application/json': { schema: z.object({ items: z.array(Item), next: z.string().nullable() }) } } } },
    });
    const app = new OpenAPIHono({ defaultHook: (r: Any, c: Any) => (r.success ? undefined : c.json({ title: 'bad request' }, 400)) });
    app.openapi(route, (c: Any) => {
      const { limit, q } = c.req.valid('query');
      return c.json(page(limit, q), 200);
    });
    app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'bench', version: '1' } });
    const server: Any = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const port = (server.address() as AddressInfo).port;
    return {
      port,
      openapi: async () => (await fetch(`http://127.0.0.1:${port}/openapi.json`)).json(),
      close: () => new Promise<void>((r) => server.close(() => r())),
    };
  },
};

const fastify: Candidate = {
  name: 'fastify + TypeBox (type provider), @fastify/swagger',
  packages: ['fastify', '@fastify/type-provider-typebox', 'typebox', '@fastify/swagger'],
  async start() {
    const Fastify = (await load('fastify')).default;
    const swagger = (await load('@fastify/swagger')).default;
    const { Type } = await load('typebox');
    const app = Fastify({ logger: false });
    await app.register(swagger, { openapi: { openapi: '3.1.0', info: { title: 'bench', version: '1' } } });
    const Item = Type.Object({ id: Type.String(), title: Type.String(), published: Type.Union([Type.String(), Type.Null()]) });
    app.get('/api/items', {
      schema: {
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }), q: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 200: Type.Object({ items: Type.Array(Item), next: Type.Union([Type.String(), Type.Null()]) }) },
      },
    }, async (req: Any) => page(req.query.limit, req.query.q));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    return { port, openapi: async () => app.swagger(), close: () => app.close() };
  },
};

function runLoad(url: string, seconds: number): Promise<LoadResult> {
  const script = fileURLToPath(new URL('./http-load.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', script, url, '--clients', '16', '--seconds', String(seconds), '--warmup', '2'], (error, stdout) => {
      if (error) reject(error);
      else resolve(loadResultOf(stdout));
    });
  });
}

async function check(port: number): Promise<string> {
  const bad = await fetch(`http://127.0.0.1:${port}/api/items?limit=abc`);
  const good = await fetch(`http://127.0.0.1:${port}/api/items?limit=3&q=x`);
  const body = (await good.json()) as { items: unknown[] };
  return `bad limit → ${bad.status}, limit=3 → ${good.status} with ${body.items.length} items`;
}

for (const candidate of [hono, fastify]) {
  const started = await candidate.start();
  const doc = (await started.openapi()) as { openapi?: string; paths?: Record<string, unknown> };
  const checked = await check(started.port);
  const result = await runLoad(`http://127.0.0.1:${started.port}/api/items?limit=20&q=strike`, Number(values.seconds));
  await started.close();
  process.stdout.write(`${candidate.name}\n  ${checked}\n  openapi ${doc.openapi ?? 'none'}, paths ${Object.keys(doc.paths ?? {}).join(' ')}\n` +
    `  ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, errors ${result.errors}\n`);
}
