/**
 * The server's contract, run against PGlite and PostgreSQL (server.pglite.test.ts, server.postgres.test.ts):
 * invented reports are uploaded through POST /api/ingest, then every route is called on a server
 * started on port 0, and every answer is checked against the schema the server's own OpenAPI document
 * gives for it, with the security headers on each. Then the guards: token, body limit, read-only,
 * malformed parameters — and that nothing stored changed after any refused request.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApp, startServer, type RunningServer } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { HOSTILE_UPLOAD, STORY_UPLOADS, type TestUpload } from './articles.ts';
import { hit, openApiValidator, type Hit } from './http.ts';
import { exerciseCorrectionRoutes } from './corrections-routes.ts';
import { exerciseSearchRoutes } from './search-routes.ts';

function form(uploads: readonly TestUpload[]): FormData {
  const data = new FormData();
  for (const u of uploads) data.append('files', new Blob([u.text], { type: 'application/octet-stream' }), u.name);
  return data;
}

async function snapshot(store: Store): Promise<string> {
  const [stats, stories, analysed] = await Promise.all([store.stats(), store.countStories(), store.countAnalysed('any')]);
  return JSON.stringify({ stats, stories, analysed: analysed.any });
}

export function runServerContract(name: string, newStore: () => Promise<Store>): void {
  describe(`server contract (${name})`, () => {
    let store: Store;
    let server: RunningServer;
    let validate: ReturnType<typeof openApiValidator>;
    let openapi: { paths: Record<string, Record<string, unknown>> };
    const webDir = mkdtempSync(join(tmpdir(), 'storyline-web-'));
    const called = new Set<string>();
    let storyId = '';
    let docIds: string[] = [];

    /** Calls a route and checks status, media type and schema; records it as exercised. */
    async function call(route: string, path: string, status = 200, init: RequestInit = {}): Promise<Hit> {
      const method = (init.method ?? 'get').toLowerCase();
      const r = await hit(server.url, path, init);
      assert.equal(r.status, status, `${method} ${path}: ${r.text.slice(0, 300)}`);
      const type = r.type.split(';')[0] as string;
      if (status >= 400) assert.equal(type, 'application/problem+json', `${path}: errors are problem+json`);
      if (type.endsWith('json') && !type.includes('ndjson')) validate(route, method, status, type, r.body);
      called.add(`${method} ${route}`);
      return r;
    }

    before(async () => {
      store = await newStore();
      writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Storyline page</title><script type="module" src="/assets/app.js"></script>');
      server = await startServer({ store, port: 0, webDir, seedsDir: join(webDir, 'no-seeds'), log: () => undefined, pollMs: 100 });
      openapi = (await hit(server.url, '/api/openapi.json')).body as typeof openapi;
      validate = openApiValidator(openapi);
      called.add('get /api/openapi.json');
    });
    after(async () => {
      await server.close();
      await store.close();
    });

    test('POST /api/ingest: one result per file, with the messages of `storyline ingest`', async () => {
      const broken = { name: 'broken.jsonl', text: '{"url": "https://example.org/a", "text": \n' };
      const r = await call('/api/ingest', '/api/ingest', 200, { method: 'POST', body: form([...STORY_UPLOADS, HOSTILE_UPLOAD, broken]) });
      const result = r.body as { files: { file: string; ingested: number; failed: number; messages: string[]; documents: { id?: string }[] }[]; summary: string; failed: boolean };
      assert.deepEqual(result.files.map((f) => [f.file, f.ingested, f.failed]), [
        ['kerava-wire.json', 1, 0], ['kerava-daily.txt', 1, 0], ['kerava-herald.json', 1, 0], ['hostile.html', 1, 0], ['broken.jsonl', 0, 1],
      ]);
      docIds = result.files.slice(0, 3).map((f) => f.documents[0]?.id ?? '');
      assert.match(result.files[4]?.messages[0] ?? '', /^broken\.jsonl: error ingest\.json\/invalid-json: /);
      assert.match(result.summary, /^ingested 4, unchanged 0, failed 1, analysed 4, related 4 /);
      assert.equal(result.failed, true);
      const again = await call('/api/ingest', '/api/ingest', 200, { method: 'POST', body: form([STORY_UPLOADS[0] as TestUpload]) });
      assert.match((again.body as { summary: string }).summary, /^ingested 0, unchanged 1, failed 0/);
    });

    test('GET /api/status and /healthz', async () => {
      const status = (await call('/api/status', '/api/status')).body as { documents: number; stories: number; analysed: number; seedsAvailable: boolean };
      assert.equal(status.documents, 4);
      assert.equal(status.analysed, 4);
      assert.ok(status.stories >= 2, 'the Kerava reports and the harbour page are two stories');
      assert.equal(status.seedsAvailable, false);
      assert.equal(((await call('/healthz', '/healthz')).body as { ok: boolean }).ok, true);
    });

    test('GET /api/stories: newest first, filters, cursor pages', async () => {
      const all = (await call('/api/stories', '/api/stories')).body as { items: { id: string; documents: number; outlets: number }[]; next: string | null };
      const kerava = all.items.find((s) => s.documents === 3);
      assert.ok(kerava, JSON.stringify(all.items));
      assert.equal(kerava.outlets, 3);
      storyId = kerava.id;
      const first = (await call('/api/stories', '/api/stories?limit=1')).body as { items: { id: string }[]; next: string };
      assert.equal(first.items.length, 1);
      assert.ok(first.next);
      const second = (await call('/api/stories', `/api/stories?limit=1&cursor=${first.next}`)).body as { items: { id: string }[] };
      assert.notEqual(second.items[0]?.id, first.items[0]?.id);
      const filtered = (await call('/api/stories', '/api/stories?q=volcano&min_docs=2')).body as { items: { id: string }[] };
      assert.deepEqual(filtered.items.map((s) => s.id), [storyId]);
      // the Kerava reports were published 2024-03-14: a range that meets that day keeps the story
      const inRange = (await call('/api/stories', '/api/stories?from=2024-03-01&to=2024-03')).body as { items: { id: string }[] };
      assert.ok(inRange.items.some((s) => s.id === storyId));
      const before = (await call('/api/stories', '/api/stories?to=2024-03-13')).body as { items: { id: string }[] };
      const after = (await call('/api/stories', '/api/stories?from=2024-03-15')).body as { items: { id: string }[] };
      assert.ok(!before.items.some((s) => s.id === storyId) && !after.items.some((s) => s.id === storyId));
    });

    test('GET /api/stories/{id} and its views', async () => {
      const detail = (await call('/api/stories/{id}', `/api/stories/${storyId.slice(0, 8)}`)).body as { story: { id: string }; documents: { id: string }[]; groups: { docs: string[] }[] };
      assert.equal(detail.story.id, storyId, 'a prefix resolves');
      assert.deepEqual(detail.documents.map((d) => d.id).sort(), [...docIds].sort());
      assert.equal(detail.groups.flatMap((g) => g.docs).length, 3);
      const timeline = (await call('/api/stories/{id}/timeline', `/api/stories/${storyId}/timeline?dates=5&per_date=2`)).body as { items: { date: string; citations: { doc: string; start: number; end: number }[] }[] };
      assert.ok(timeline.items.length > 0);
      const texts = new Map<string, string>();
      for (const id of docIds) texts.set(id, ((await call('/api/documents/{id}', `/api/documents/${id}`)).body as { document: { text: string } }).document.text);
      for (const c of timeline.items.flatMap((i) => i.citations)) {
        const text = texts.get(c.doc) ?? '';
        assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end, `citation ${c.doc}:${c.start}-${c.end} lies in the text`);
      }
      const summary = (await call('/api/stories/{id}/summary', `/api/stories/${storyId}/summary?sentences=3`)).body as { sentences: unknown[] };
      assert.ok(summary.sentences.length > 0 && summary.sentences.length <= 3);
      await call('/api/stories/{id}/reactions', `/api/stories/${storyId}/reactions`);
      await call('/api/stories/{id}/contradictions', `/api/stories/${storyId}/contradictions`);
      await call('/api/stories/{id}/duplicates', `/api/stories/${storyId}/duplicates`);
      const entities = (await call('/api/stories/{id}/entities', `/api/stories/${storyId}/entities?type=PERSON`)).body as { items: { name: string }[] };
      assert.ok(entities.items.some((e) => /Jonsdottir/.test(e.name)), JSON.stringify(entities.items.map((e) => e.name)));
      const quotes = (await call('/api/stories/{id}/quotes', `/api/stories/${storyId}/quotes?speaker=Jonsdottir`)).body as { items: { doc: string }[] };
      assert.ok(quotes.items.length >= 3, 'her quote in each of the three reports');
      assert.ok(quotes.items.every((q) => docIds.includes(q.doc)));
      await call('/api/stories/{id}', '/api/stories/s-nothing-like-this', 404);
    });

    test('GET /api/documents: filters and keyset pages', async () => {
      const wire = (await call('/api/documents', '/api/documents?outlet=Nordic%20Wire')).body as { items: { id: string }[] };
      assert.deepEqual(wire.items.map((d) => d.id), [docIds[0]]);
      const inStory = (await call('/api/documents', `/api/documents?story=${storyId}&kind=article&from=2024-03-14&to=2024-03`)).body as { items: { id: string }[] };
      assert.deepEqual(inStory.items.map((d) => d.id).sort(), [...docIds].sort());
      const named = (await call('/api/documents', '/api/documents?entity=Jonsdottir')).body as { items: { id: string }[] };
      assert.deepEqual(named.items.map((d) => d.id).sort(), [...docIds].sort());
      const none = (await call('/api/documents', '/api/documents?to=1999')).body as { items: unknown[]; next: null };
      assert.deepEqual(none, { items: [], next: null });
      const seen: string[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const pageBody = (await call('/api/documents', `/api/documents?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).body as { items: { id: string }[]; next: string | null };
        seen.push(...pageBody.items.map((d) => d.id));
        cursor = pageBody.next;
      }
      assert.equal(seen.length, 4);
      assert.equal(new Set(seen).size, 4);
    });

    test('GET /api/documents/{id} and /raw: text and annotations; raw bytes never as HTML', async () => {
      const id = docIds[1] as string;
      const one = (await call('/api/documents/{id}', `/api/documents/${id.slice(0, 8)}`)).body as { document: { id: string; text: string }; annotations: { quotes: unknown[] } | null; story: string };
      assert.equal(one.document.id, id);
      assert.ok(one.annotations && one.annotations.quotes.length > 0);
      assert.equal(one.story, storyId);
      const raw = await call('/api/documents/{id}/raw', `/api/documents/${id}/raw`);
      assert.equal(raw.text, STORY_UPLOADS[1]?.text);
      assert.match(raw.type, /^text\/plain/);
      const hostile = (await call('/api/documents', '/api/documents?kind=article&entity=nobody-at-all')).body as { items: unknown[] };
      assert.equal(hostile.items.length, 0);
      const search = (await call('/api/search', '/api/search?q=harbour')).body as { items: { document: { id: string } }[] };
      const hostileId = search.items[0]?.document.id as string;
      const hostileRaw = await call('/api/documents/{id}/raw', `/api/documents/${hostileId}/raw`);
      assert.match(hostileRaw.type, /^text\/plain/);
      assert.match(hostileRaw.headers.get('content-security-policy') ?? '', /^sandbox/);
      assert.match(hostileRaw.headers.get('content-disposition') ?? '', /filename="[\w]+\.html\.txt"/);
      const download = await call('/api/documents/{id}/raw', `/api/documents/${hostileId}/raw?download=1`);
      assert.equal(download.type, 'application/octet-stream');
      assert.match(download.headers.get('content-disposition') ?? '', /^attachment/);
      const cleaned = (await call('/api/documents/{id}', `/api/documents/${hostileId}`)).body as { document: { text: string } };
      assert.doesNotMatch(cleaned.document.text, /<script|onerror=|javascript:/i, 'the clean text keeps no markup');
      await call('/api/documents/{id}', '/api/documents/dnothingatall', 404);
    });

    test('GET /api/entities, /api/entities/{key}, /api/quotes', async () => {
      const people = (await call('/api/entities', '/api/entities?type=PERSON&q=Jonsdottir')).body as { items: { key: string; documents: number }[] };
      const anna = people.items[0];
      assert.ok(anna);
      assert.equal(anna.documents, 3);
      const detail = (await call('/api/entities/{key}', `/api/entities/${encodeURIComponent(anna.key)}`)).body as { entity: { key: string }; quotes: { entityName: string }[]; mentions: unknown[] };
      assert.equal(detail.entity.key, anna.key);
      assert.ok(detail.quotes.length >= 3 && detail.mentions.length >= 3);
      const first = (await call('/api/entities', `/api/entities?limit=2&story=${storyId}`)).body as { items: { key: string }[]; next: string };
      const second = (await call('/api/entities', `/api/entities?limit=2&story=${storyId}&cursor=${first.next}`)).body as { items: { key: string }[] };
      assert.equal(second.items.filter((e) => first.items.some((f) => f.key === e.key)).length, 0, 'pages do not overlap');
      const quotes = (await call('/api/quotes', `/api/quotes?speaker=Jonsdottir&story=${storyId}&from=2024-03-01&to=2024-03`)).body as { items: unknown[] };
      assert.ok(quotes.items.length >= 3);
      const byKey = (await call('/api/quotes', `/api/quotes?entity_key=${encodeURIComponent(anna.key)}`)).body as { items: unknown[] };
      assert.equal(byKey.items.length, quotes.items.length);
      await call('/api/entities/{key}', '/api/entities/PERSON%3Anobody%20at%20all', 404);
    });

    test('/api/corrections: made, shown by the entity, quote and story routes at once, refused when wrong, undone', async () => {
      await exerciseCorrectionRoutes(call, storyId);
    });

    test('GET /api/search: ranked, highlighted parts, document filters', async () => {
      const r = (await call('/api/search', '/api/search?q=evacuated%20families&limit=2')).body as { items: { document: { id: string }; rank: number; snippet: { text: string; match: boolean }[] }[]; next: string | null };
      assert.equal(r.items.length, 2);
      assert.ok(r.next);
      assert.ok(r.items.every((h) => h.snippet.some((p) => p.match && /^evacuat|^famil/i.test(p.text))), JSON.stringify(r.items[0]?.snippet));
      assert.ok((r.items[0]?.rank ?? 0) >= (r.items[1]?.rank ?? 0));
      const rest = (await call('/api/search', `/api/search?q=evacuated%20families&limit=2&cursor=${r.next}`)).body as { items: unknown[]; next: null };
      assert.equal(rest.items.length, 1);
      const filtered = (await call('/api/search', '/api/search?q=ash&outlet=Atlantic%20Herald')).body as { items: { document: { id: string } }[] };
      assert.deepEqual(filtered.items.map((h) => h.document.id), [docIds[2]]);
      const nothing = (await call('/api/search', '/api/search?q=the')).body as { items: unknown[] };
      assert.equal(nothing.items.length, 0, 'a stop word alone matches nothing (and does not fail)');
    });

    test('GET /api/search: facets over the matches, each hit\'s best passage as a span', async () => {
      await exerciseSearchRoutes(call, storyId, docIds);
    });

    test('GET /api/export: streamed JSON Lines of the export format', async () => {
      const r = await call('/api/export', '/api/export?format=jsonl');
      assert.match(r.type, /^application\/x-ndjson/);
      const lines = r.text.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
      assert.equal(lines[0]?.type, 'header');
      assert.equal(lines.filter((l) => l.type === 'document').length, 4);
      assert.ok(lines.some((l) => l.type === 'story'));
      const json = await call('/api/export', '/api/export?format=json');
      assert.equal((JSON.parse(json.text) as { documents: unknown[] }).documents.length, 4);
    });

    test('session and demo routes without a token', async () => {
      const login = await call('/api/session', '/api/session', 200, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'x' }) });
      assert.deepEqual(login.body, { ok: true, tokenRequired: false });
      await call('/api/session', '/api/session', 200, { method: 'DELETE' });
      await call('/api/demo', '/api/demo', 404, { method: 'POST' });
    });

    test('malformed requests: 400 problem+json naming the parameter, nothing stored changed', async () => {
      const before = await snapshot(store);
      const cases: [string, string, RegExp][] = [
        ['/api/stories', '/api/stories?limit=0', /query\.limit/],
        ['/api/stories', '/api/stories?limit=abc', /query\.limit/],
        ['/api/stories', '/api/stories?cursor=not-a-cursor', /cursor/],
        ['/api/documents', '/api/documents?cursor=eyJvIjoyfQ', /cursor does not belong/],
        ['/api/documents', '/api/documents?kind=poem', /query\.kind/],
        ['/api/documents', '/api/documents?from=yesterday', /query\.from/],
        ['/api/search', '/api/search', /query\.q/],
        ['/api/search', `/api/search?q=${'x'.repeat(301)}`, /query\.q/],
        ['/api/stories/{id}/timeline', `/api/stories/${storyId}/timeline?dates=-1`, /query\.dates/],
        ['/api/stories/{id}', '/api/stories/bad%20id!', /path\.id/],
        ['/api/export', '/api/export?format=xml', /query\.format/],
      ];
      for (const [route, path, detail] of cases) {
        const r = await call(route, path, 400);
        assert.match((r.body as { detail: string }).detail, detail, path);
      }
      const notJson = await call('/api/session', '/api/session', 400, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"token":' });
      assert.ok((notJson.body as { detail: string }).detail.length > 0);
      await call('/api/ingest', '/api/ingest', 415, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'not a form' });
      await call('/api/ingest', '/api/ingest', 400, { method: 'POST', body: new FormData() });
      assert.equal(await snapshot(store), before);
    });

    test('unknown API paths are problem+json 404; other paths get the page', async () => {
      const r = await hit(server.url, '/api/nothing-here');
      assert.equal(r.status, 404);
      assert.match(r.type, /^application\/problem\+json/);
      const page = await hit(server.url, '/story/s-123?x=1');
      assert.equal(page.status, 200);
      assert.match(page.text, /Storyline page/);
      const escape = await hit(server.url, '/..%2f..%2f..%2fetc%2fpasswd');
      assert.doesNotMatch(escape.text, /root:/);
    });

    test('GET /api/stories/{id}/events: the story row at once, and again when a new report joins or a correction is made', async () => {
      const abort = new AbortController();
      const res = await fetch(new URL(`/api/stories/${storyId}/events`, server.url), { signal: abort.signal });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
      called.add('get /api/stories/{id}/events');
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      let buffer = '';
      const nextStory = async (): Promise<{ id: string; documents: number; version: string }> => {
        for (;;) {
          const at = buffer.indexOf('\n\n');
          if (at >= 0) {
            const block = buffer.slice(0, at);
            buffer = buffer.slice(at + 2);
            const data = /^event: story\ndata: (.*)$/m.exec(block)?.[1];
            if (data) return JSON.parse(data) as { id: string; documents: number; version: string };
            continue;
          }
          const { value, done } = await reader.read();
          if (done) throw new Error('the stream ended');
          buffer += new TextDecoder().decode(value);
        }
      };
      const first = await nextStory();
      assert.deepEqual([first.id, first.documents], [storyId, 3]);
      const late = { name: 'kerava-late.json', text: (STORY_UPLOADS[0] as TestUpload).text.replace('Nordic Wire', 'Evening Post').replace('nordicwire', 'eveningpost').replace('Flights from Keflavik', 'Late on Thursday, flights from Keflavik') };
      await call('/api/ingest', '/api/ingest', 200, { method: 'POST', body: form([late]) });
      const second = await nextStory();
      assert.equal(second.documents, 4);
      // a correction changes what the story's views show, not its row: the version says so
      const people = ((await call('/api/entities', `/api/entities?type=PERSON&story=${storyId}`)).body as { items: { key: string }[] }).items;
      assert.ok(people[0], 'the story names a person');
      const made = (await call('/api/corrections', '/api/corrections', 201, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'rename', subject: people[0].key, value: 'Someone Renamed' }),
      })).body as { id: number };
      const third = await nextStory();
      assert.equal(third.documents, 4);
      assert.notEqual(third.version, second.version, 'a correction is an event');
      await call('/api/corrections/{id}', `/api/corrections/${made.id}`, 200, { method: 'DELETE' });
      assert.notEqual((await nextStory()).version, third.version, 'so is its undoing');
      abort.abort();
      await call('/api/stories/{id}/events', '/api/stories/s-nothing-like-this/events', 404);
    });

    test('OpenAPI 3.1: every route of the app is in the document, and every documented route was called above', () => {
      assert.equal((openapi as { openapi?: string }).openapi, '3.1.0');
      const app = createApp({ store, log: () => undefined });
      const routes = app.routes
        .filter((r) => r.method !== 'ALL' && r.path !== '/*' && r.path !== '/api/openapi.json')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
      const documented = Object.entries(openapi.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
      assert.deepEqual([...new Set(routes)].sort(), documented.sort());
      assert.deepEqual(documented.filter((r) => !called.has(r)), [], 'routes no test called');
    });
  });

  describe(`server guards (${name})`, () => {
    let store: Store;
    const servers: RunningServer[] = [];
    const start = async (extra: { token?: string; readOnly?: boolean; maxBodyBytes?: number }) => {
      const s = await startServer({ store, port: 0, log: () => undefined, ...extra });
      servers.push(s);
      return s;
    };
    before(async () => {
      store = await newStore();
    });
    after(async () => {
      for (const s of servers) await s.close();
      await store.close();
    });

    test('with a token: 401 without it, 200 with the bearer or the session cookie; nothing stored without it', async () => {
      const s = await start({ token: 'correct horse battery' });
      const before = await snapshot(store);
      const refused = await hit(s.url, '/api/status');
      assert.equal(refused.status, 401);
      assert.match(refused.type, /^application\/problem\+json/);
      assert.match(refused.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal((await hit(s.url, '/api/status', { headers: { authorization: 'Bearer wrong' } })).status, 401);
      assert.equal((await hit(s.url, '/api/openapi.json')).status, 401);
      assert.equal((await hit(s.url, '/api/ingest', { method: 'POST', body: form(STORY_UPLOADS) })).status, 401);
      assert.equal((await hit(s.url, '/api/corrections', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"kind":"rename","subject":"GPE:x","value":"Y"}' })).status, 401);
      assert.equal((await hit(s.url, '/api/status', { headers: { authorization: 'Bearer correct horse battery' } })).status, 200);
      assert.equal((await hit(s.url, '/healthz')).status, 200, 'the health check needs no token');
      const wrong = await hit(s.url, '/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'nope' }) });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.headers.get('set-cookie'), null);
      const login = await hit(s.url, '/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'correct horse battery' }) });
      assert.equal(login.status, 200);
      const cookie = login.headers.get('set-cookie') ?? '';
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Strict/);
      assert.doesNotMatch(cookie, /correct horse/, 'the cookie does not carry the token itself');
      assert.equal((await hit(s.url, '/api/status', { headers: { cookie: cookie.split(';')[0] as string } })).status, 200);
      assert.equal((await hit(s.url, '/api/status', { headers: { cookie: 'storyline_session=forged' } })).status, 401);
      assert.equal(await snapshot(store), before);
    });

    test('a body over the limit: 413, nothing stored', async () => {
      const s = await start({ maxBodyBytes: 4096 });
      const before = await snapshot(store);
      const big = { name: 'big.txt', text: `Big report\n\n${'All quiet on the harbour front today. '.repeat(400)}` };
      const r = await hit(s.url, '/api/ingest', { method: 'POST', body: form([big]) });
      assert.equal(r.status, 413);
      assert.match(r.type, /^application\/problem\+json/);
      assert.match((r.body as { detail: string }).detail, /over the limit of 4\.0 KB/);
      assert.equal(await snapshot(store), before);
    });

    test('--read-only: ingest and demo refused with 403, nothing stored; reads still work', async () => {
      const s = await start({ readOnly: true });
      const before = await snapshot(store);
      const r = await hit(s.url, '/api/ingest', { method: 'POST', body: form(STORY_UPLOADS) });
      assert.equal(r.status, 403);
      assert.match((r.body as { detail: string }).detail, /read-only/);
      assert.equal((await hit(s.url, '/api/demo', { method: 'POST' })).status, 403);
      const correction = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'rename', subject: 'GPE:iceland', value: 'X' }) };
      assert.equal((await hit(s.url, '/api/corrections', correction)).status, 403);
      assert.equal((await hit(s.url, '/api/corrections/1', { method: 'DELETE' })).status, 403);
      assert.equal((await hit(s.url, '/api/corrections')).status, 200);
      assert.equal((await hit(s.url, '/api/status')).status, 200);
      assert.equal(await snapshot(store), before);
    });
  });
}
