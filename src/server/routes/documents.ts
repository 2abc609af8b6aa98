/**
 * /api/documents…: the filtered list (keyset pages in id order, like `storyline docs`), one document
 * with its passages, annotations, warnings, story and relations (like `storyline show`), and its raw
 * input bytes — always as text/plain or a download, never as HTML, under a sandbox CSP.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { DocumentKind } from '../../model/index.ts';
import type { DocumentQuery, Store } from '../../store/index.ts';
import { decodeCursor, keyOf, pageOf } from '../cursor.ts';
import type { ServerEnv, ServerOptions } from '../options.ts';
import { plain } from '../plain.ts';
import { notFound } from '../problem.ts';
import { DocumentSummary, json, page, PageQuery, problemResponses } from '../schemas/common.ts';
import { DocumentDetail, DocumentFilters } from '../schemas/documents.ts';
import { resolveStoryOr404 } from './stories.ts';

const errors = { 400: problemResponses[400], 401: problemResponses[401], 404: problemResponses[404] };
const DocId = z.object({ id: z.string().min(6).max(100).regex(/^[\w.:-]+$/, 'a document id (see GET /api/documents)').openapi({ description: 'a document id or a unique prefix of at least 6 characters' }) });

const list = createRoute({
  method: 'get', path: '/api/documents', tags: ['documents'], summary: 'Documents, in id order, filtered',
  request: { query: z.object({ ...PageQuery, ...DocumentFilters }) },
  responses: { 200: json(page(DocumentSummary, 'DocumentPage'), 'A page of documents'), ...errors },
});

const one = createRoute({
  method: 'get', path: '/api/documents/{id}', tags: ['documents'], summary: 'One document with passages and annotations',
  request: { params: DocId }, responses: { 200: json(DocumentDetail, 'The document'), ...errors },
});

const raw = createRoute({
  method: 'get', path: '/api/documents/{id}/raw', tags: ['documents'], summary: 'The raw input bytes (text/plain, or a download with ?download=1)',
  request: { params: DocId, query: z.object({ download: z.enum(['0', '1']).optional() }) },
  responses: {
    200: { description: 'The bytes as stored', content: { 'text/plain': { schema: z.string() }, 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errors,
  },
});

export interface DocumentFilterQuery {
  readonly outlet?: string | undefined; readonly kind?: DocumentKind | undefined; readonly from?: string | undefined;
  readonly to?: string | undefined; readonly story?: string | undefined; readonly entity?: string | undefined;
}

/** The query's filters as the store's, the story resolved to its live id (404 when there is none). */
export async function documentFilter(store: Store, q: DocumentFilterQuery): Promise<DocumentQuery> {
  return {
    ...(q.outlet ? { source: q.outlet } : {}), ...(q.kind ? { kind: q.kind } : {}), ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}), ...(q.entity ? { entity: q.entity } : {}),
    ...(q.story ? { story: await resolveStoryOr404(store, q.story) } : {}),
  };
}

export async function getDocumentOr404(store: Store, idOrPrefix: string) {
  const doc = await store.getDocument(idOrPrefix);
  if (doc === null) throw notFound(`no document "${idOrPrefix}" (see GET /api/documents)`);
  return doc;
}

export function registerDocuments(app: OpenAPIHono<ServerEnv>, { store }: ServerOptions): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const after = keyOf(decodeCursor(q.cursor));
    const rows = await store.listDocuments({ ...(await documentFilter(store, q)), limit: q.limit + 1, ...(after ? { after } : {}) });
    return c.json(pageOf(rows, q.limit, (last) => ({ k: last.id })), 200);
  });

  app.openapi(one, async (c) => {
    const doc = await getDocumentOr404(store, c.req.valid('param').id);
    const [annotations, warnings, story, pairs, rawInput] = await Promise.all([
      store.getAnnotations(doc.id), store.getWarnings(doc.id), store.storyOfDocument(doc.id), store.duplicatePairs([doc.id]), store.getRaw(doc.id),
    ]);
    const related = pairs.map((p) => {
      const first = p.docs[0] === doc.id;
      const role = p.kind === 'version' ? (first ? 'newer version' : 'older version') : `${p.kind} copy`;
      return { doc: first ? p.docs[1] : p.docs[0], kind: p.kind, role, score: p.score };
    });
    return c.json(plain({
      document: doc, annotations,
      warnings: warnings.map((w) => ({ source: w.source, code: w.code, reason: w.reason })),
      story, related,
      raw: rawInput ? { contentType: rawInput.contentType, bytes: rawInput.bytes.length, hints: rawInput.hints } : null,
    }), 200);
  });

  app.openapi(raw, async (c) => {
    const doc = await getDocumentOr404(store, c.req.valid('param').id);
    const input = await store.getRaw(doc.id);
    if (input === null) throw notFound(`document ${doc.id} has no stored raw input`);
    const download = c.req.valid('query').download === '1';
    const extension = input.contentType === 'html' ? 'html' : 'txt';
    return new Response(Buffer.from(input.bytes), {
      status: 200,
      headers: {
        'content-type': download ? 'application/octet-stream' : `text/plain${isUtf8(input.bytes) ? '; charset=utf-8' : ''}`,
        'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${doc.id}.${extension}${download || extension === 'txt' ? '' : '.txt'}"`,
        // Even if a browser were to render it, nothing in it may run or load.
        'content-security-policy': "sandbox; default-src 'none'",
      },
    }) as never;
  });
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
