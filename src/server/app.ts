/**
 * The HTTP application: middleware (security headers on everything, the token on /api, a body limit),
 * the API routes, the OpenAPI 3.1 document generated from the same zod schemas that validate the
 * requests, and the page. It holds no state of its own beyond the open store, so any number of
 * `serve` processes can share one PostgreSQL database.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requireToken } from './auth.ts';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_WEB_DIR, type ServerEnv, type ServerOptions } from './options.ts';
import { problemResponse, toProblemResponse } from './problem.ts';
import { registerCorrections } from './routes/corrections.ts';
import { registerDocuments } from './routes/documents.ts';
import { registerExport } from './routes/export.ts';
import { registerIngest } from './routes/ingest.ts';
import { registerRecords } from './routes/records.ts';
import { registerSearch } from './routes/search.ts';
import { registerSession } from './routes/session.ts';
import { registerStatus } from './routes/status.ts';
import { registerStories } from './routes/stories.ts';
import { registerStoryEvents } from './routes/story-events.ts';
import { securityHeaders } from './security-headers.ts';
import { serveWeb } from './static-files.ts';
import { formatBytes } from '../pipeline/index.ts';

export const OPENAPI_PATH = '/api/openapi.json';

export function createApp(options: ServerOptions): OpenAPIHono<ServerEnv> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new OpenAPIHono<ServerEnv>({
    defaultHook: (result) => {
      if (result.success) return undefined;
      const where = result.target === 'param' ? 'path' : result.target;
      const detail = result.error.issues.map((i) => `${[where, ...i.path.map(String)].join('.')}: ${i.message}`).join('; ');
      return problemResponse(400, 'Bad request', detail);
    },
  });

  app.use('*', securityHeaders());
  app.use('/api/*', requireToken(options.token));
  app.use('/api/*', bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => problemResponse(413, 'Payload too large', `the request body is over the limit of ${formatBytes(maxBodyBytes)} (serve --max-size)`),
  }));

  registerSession(app, options);
  registerStatus(app, options);
  registerStories(app, options);
  registerStoryEvents(app, options);
  registerRecords(app, options);
  registerCorrections(app, options);
  registerDocuments(app, options);
  registerSearch(app, options);
  registerIngest(app, options);
  registerExport(app, options);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'the --token of `storyline serve` (or the session cookie of POST /api/session)' });
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'Storyline API', version: '1',
      description: 'Stories, timelines, sources and search over the Storyline store. Errors are application/problem+json. ' +
        'Lists return { items, next }: pass `next` back as ?cursor=. Offsets are UTF-16 code units into Document.text.',
    },
    security: options.token === undefined ? [] : [{ bearer: [] }],
  });

  app.all('/api/*', (c) => problemResponse(404, 'Not found', `no API route ${c.req.method} ${c.req.path}; see ${OPENAPI_PATH}`));
  app.get('*', serveWeb(options.webDir ?? DEFAULT_WEB_DIR));
  app.notFound((c) => problemResponse(404, 'Not found', `nothing at ${c.req.method} ${c.req.path}`));
  app.onError((error) => toProblemResponse(error, log));
  return app;
}
