/**
 * POST /api/ingest (multipart, one or more files) and POST /api/demo (the seeds): the CLI's own
 * ingest → analyse → relate (`ingestAnalyseRelate`) with its messages, reported per uploaded file.
 * Uploads are read in memory under their own names (the format comes from the extension, as for
 * `storyline ingest`); the body limit is applied before this route runs. One ingest at a time per
 * process: PGlite has one connection, and the analysis pool uses every core anyway.
 */
import { existsSync } from 'node:fs';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { formatProblem } from '../../model/index.ts';
import { describeIngestRun, ingestAnalyseRelate, type IngestRun, type UploadedFile } from '../../pipeline/index.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_SEEDS_DIR } from '../options.ts';
import { badRequest, HttpProblem, notFound } from '../problem.ts';
import { json, Problem, problemResponses } from '../schemas/common.ts';

const FileResult = z.object({
  file: z.string(),
  ingested: z.number().int(), unchanged: z.number().int(), failed: z.number().int(),
  documents: z.array(z.object({ item: z.string(), outcome: z.enum(['ingested', 'unchanged', 'failed']), id: z.string().optional() })),
  messages: z.array(z.string()).openapi({ description: 'the messages `storyline ingest` prints for this file' }),
}).openapi('IngestFileResult');

const IngestResult = z.object({
  files: z.array(FileResult),
  summary: z.string().openapi({ description: 'the summary line `storyline ingest` prints' }),
  failed: z.boolean(),
  messages: z.array(z.string()).openapi({ description: 'messages not tied to one file' }),
}).openapi('IngestResult');

const Binary = z.any().openapi({ type: 'string', format: 'binary' });

const refused = {
  403: { description: 'The server is read-only', content: { 'application/problem+json': { schema: Problem } } },
  413: { description: 'The upload is over the size limit', content: { 'application/problem+json': { schema: Problem } } },
  415: { description: 'Not multipart/form-data', content: { 'application/problem+json': { schema: Problem } } },
};

const ingest = createRoute({
  method: 'post', path: '/api/ingest', tags: ['ingest'], summary: 'Ingest uploaded files (every format `storyline ingest` reads)',
  request: {
    body: {
      required: true,
      // One file arrives as a File, several as a list: both are accepted, the handler reads every File.
      content: { 'multipart/form-data': { schema: z.object({ files: z.union([Binary, z.array(Binary)]) }) } },
    },
  },
  responses: { 200: json(IngestResult, 'One result per file'), ...refused, 400: problemResponses[400], 401: problemResponses[401] },
});

const demo = createRoute({
  method: 'post', path: '/api/demo', tags: ['ingest'], summary: 'Ingest the demo corpus (../shared/corpus/seeds) when it is present',
  responses: { 200: json(IngestResult, 'The result'), ...refused, 401: problemResponses[401], 404: problemResponses[404] },
});

/** Control characters and folders stripped; a name the extension can still be read from. */
export function uploadName(name: string, taken: Set<string>): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200) || 'upload';
  // A second file of the same name keeps its extensions (they choose the reader): `a (2).jsonl.gz`.
  const dot = base.indexOf('.', 1);
  const [stem, extensions] = dot < 0 ? [base, ''] : [base.slice(0, dot), base.slice(dot)];
  let unique = base;
  for (let n = 2; taken.has(unique); n++) unique = `${stem} (${n})${extensions}`;
  taken.add(unique);
  return unique;
}

function belongsTo(item: string | undefined, file: string): boolean {
  return item === file || (item !== undefined && (item.startsWith(`${file}:`) || item.startsWith(`${file}#`)));
}

export function perFile(run: IngestRun, files: readonly string[]) {
  const results = files.map((file) => {
    const documents = run.summary.items.filter((i) => belongsTo(i.item, file)).map((i) => ({ item: i.item, outcome: i.outcome, ...(i.id ? { id: i.id } : {}) }));
    const count = (o: string) => documents.filter((d) => d.outcome === o).length;
    return {
      file, ingested: count('ingested'), unchanged: count('unchanged'), failed: count('failed'), documents,
      messages: run.problems.filter((p) => belongsTo(p.item, file)).map(formatProblem),
    };
  });
  const messages = run.problems.filter((p) => !files.some((f) => belongsTo(p.item, f))).map(formatProblem);
  return { files: results, summary: describeIngestRun(run), failed: run.failed, messages };
}

export function registerIngest(app: OpenAPIHono<ServerEnv>, options: ServerOptions): void {
  const { store } = options;
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const refuseWhenReadOnly = () => {
    if (options.readOnly) throw new HttpProblem(403, 'Read-only', 'this server was started with --read-only: ingest with `storyline ingest PATH` instead');
  };
  const maxDocumentBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // Before the body is read or validated.
  for (const path of ['/api/ingest', '/api/demo']) {
    app.use(path, async (c, next) => {
      if (c.req.method === 'POST') refuseWhenReadOnly();
      await next();
    });
  }

  app.openapi(ingest, async (c) => {
    const body = await c.req.parseBody({ all: true });
    const taken = new Set<string>();
    const uploads: UploadedFile[] = [];
    for (const value of Object.values(body).flat()) {
      if (value instanceof File) uploads.push({ name: uploadName(value.name, taken), bytes: new Uint8Array(await value.arrayBuffer()) });
    }
    if (uploads.length === 0) throw badRequest('no file in the upload (field "files", one or more)');
    const run = await oneAtATime(() => ingestAnalyseRelate(store, { uploads }, { maxDocumentBytes }));
    return c.json(perFile(run, uploads.map((u) => u.name)), 200);
  });

  app.openapi(demo, async (c) => {
    const seeds = options.seedsDir ?? DEFAULT_SEEDS_DIR;
    if (!existsSync(seeds)) throw notFound(`the demo corpus is not here (${seeds})`);
    const run = await oneAtATime(() => ingestAnalyseRelate(store, [seeds], { maxDocumentBytes }));
    return c.json({ files: [], summary: describeIngestRun(run), failed: run.failed, messages: run.problems.map(formatProblem) }, 200);
  });
}
