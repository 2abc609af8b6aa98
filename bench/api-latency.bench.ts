/**
 * Issue 10's speed target: with 100,000 documents stored, on PGlite and on PostgreSQL, p50/p95/p99
 * latency of the stories list, a story with its timeline, a document and a search under 16 concurrent
 * clients from a load generator in a second process (bench/http-load.ts); target p95 < 100 ms for
 * each on PostgreSQL. The store is bench/stored-corpus.ts's (`--cache DIR` keeps it between runs);
 * the server is `storyline serve`'s, read-only, in this process, whose peak memory is reported.
 * The timeline is measured three times: as served (loaded stories kept per version, src/server/story-cache.ts:
 * after the first round every request checks the version and answers from the kept story); stored
 * (`story_timeline_stored`: a server that keeps nothing in memory, answering from the view stored in
 * the database under the story's version, src/server/stored-views.ts — each story's view computed and
 * stored once before the measurement, as its first reader after a change would); and with nothing kept
 * or stored (`story_timeline_computed`: every request loads the story and computes the timeline), the
 * cost of a story's first view after each change. Search likewise: as served (answers kept per
 * database snapshot, src/server/snapshot-cache.ts: the same words searched again while nothing was
 * written) and with nothing kept (`search_uncached`: every request runs the search's statements); the
 * story list likewise (`stories_uncached`).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_BODY_BYTES, startServer } from '../src/server/index.ts';
import { serverConnections, type Store } from '../src/store/index.ts';
import type { BenchFigure, Benchmark } from './bench.ts';
import { loadResultOf, MEASURE_START, type LoadResult } from './http-load.ts';
import { withPeakRss } from './memory.ts';
import { cpuPerRequest, sampleCpu, type CpuPerRequest, type CpuSample } from './cpu-time.ts';
import { analysedStories, openStoredCorpus, scaleCorpusPlan } from './stored-corpus.ts';

const CLIENTS = 16;
const LOAD_SCRIPT = fileURLToPath(new URL('./http-load.ts', import.meta.url));
/** Words news-sample's outlets all wrote about (T17's topics, PolNeAR's US politics, the Guardian's). */
const SEARCHES = ['syria', 'oil spill', 'election', 'police', 'president obama', 'egypt protests', 'swine flu', 'libya'];

export const apiLatencyBench: Benchmark = {
  name: 'api-latency',
  description: 'storyline serve under 16 concurrent clients with 100,000 documents stored: stories list, story timeline, document, search (PGlite and PostgreSQL)',
  async run(ctx) {
    const { plan } = await scaleCorpusPlan(ctx.dataDir, ctx.limit ?? 100_000);
    const seconds = ctx.limit === undefined ? 10 : 4;
    const figures: BenchFigure[] = [];
    for (const backend of ctx.backends) {
      // the pool `storyline serve` opens PostgreSQL with (two connections per core)
      const opened = await openStoredCorpus(backend, plan, ctx.log, ctx.cacheDir, serverConnections());
      try {
        const server = await startServer({ store: opened.store, host: '127.0.0.1', port: 0, readOnly: true, maxBodyBytes: DEFAULT_MAX_BODY_BYTES });
        const nothingKept = { store: opened.store, host: '127.0.0.1', port: 0, readOnly: true, maxBodyBytes: DEFAULT_MAX_BODY_BYTES, storyCache: { maxStories: 0 }, answerCache: { maxEntries: 0 } };
        const uncached = await startServer(nothingKept);
        const computed = await startServer({ ...nothingKept, storedViews: false });
        try {
          const routes = await routeUrls(opened.store, server.url, uncached.url, computed.url);
          // the stored route's views, computed and stored by one first reader each (what a page view after each change does)
          for (const url of routes.find(([route]) => route === 'story_timeline_stored')?.[1] ?? []) await (await fetch(url)).arrayBuffer();
          const measured = await withPeakRss(async () => {
            const out: [string, MeasuredLoad][] = [];
            for (const [route, urls] of routes) out.push([route, await loadFromOtherProcess(urls, seconds)]);
            return out;
          });
          for (const [route, r] of measured.result) {
            const note = `${opened.count} stored, ${CLIENTS} clients, ${r.requests} requests${r.errors > 0 ? `, ${r.errors} errors` : ''}`;
            figures.push(
              { name: `api-latency.${backend}.${route}.p50`, value: r.p50, unit: 'ms', note },
              { name: `api-latency.${backend}.${route}.p95`, value: r.p95, unit: 'ms', note: backend === 'postgres' ? 'target < 100 ms' : '' },
              { name: `api-latency.${backend}.${route}.p99`, value: r.p99, unit: 'ms' },
              { name: `api-latency.${backend}.${route}.rps`, value: r.rps, unit: 'requests/s' },
              { name: `api-latency.${backend}.${route}.cpu_server`, value: r.cpu.self, unit: 'ms/request', note: backend === 'pglite' ? 'the serving process, PGlite in it' : 'the serving process' },
            );
            if (backend === 'postgres' && r.cpu.postgres !== null) {
              figures.push({ name: `api-latency.${backend}.${route}.cpu_postgres`, value: r.cpu.postgres, unit: 'ms/request', note: 'every postgres process of the machine' });
            }
          }
          figures.push({ name: `api-latency.${backend}.server.peak_rss`, value: measured.peakRssMb, unit: 'MB', note: 'the serving process' });
        } finally {
          await server.close();
          await uncached.close();
          await computed.close();
        }
      } finally {
        await opened.close();
      }
    }
    return figures;
  },
};

/** The four routes of the target, each over a few ids or queries (round robin), as the page asks them. */
async function routeUrls(store: Store, base: string, uncachedBase: string, computedBase: string): Promise<[string, string[]][]> {
  // stories whose members were analysed: an archive story's timeline has nothing to compute
  const stories = await analysedStories(store, 20);
  const documents = (await Promise.all(stories.map((s) => store.storyDocuments(s.id, 3)))).flat();
  const at = (path: string) => new URL(path, base).toString();
  return [
    ['stories', [at('/api/stories?limit=50')]],
    // 48 page sizes around 50 (the mean is 50), so that no two of the 16 requests in flight share one computation
    ['stories_uncached', Array.from({ length: 48 }, (_, i) => new URL(`/api/stories?limit=${26 + i}`, uncachedBase).toString())],
    ['story_timeline', stories.map((s) => at(`/api/stories/${encodeURIComponent(s.id)}/timeline`))],
    ['story_timeline_stored', stories.map((s) => new URL(`/api/stories/${encodeURIComponent(s.id)}/timeline`, uncachedBase).toString())],
    ['story_timeline_computed', stories.map((s) => new URL(`/api/stories/${encodeURIComponent(s.id)}/timeline`, computedBase).toString())],
    ['document', documents.map((id) => at(`/api/documents/${encodeURIComponent(id)}`))],
    ['search', SEARCHES.map((q) => at(`/api/search?q=${encodeURIComponent(q)}`))],
    // each query at six page sizes (the same work): 48 distinct searches, so that no two of the 16
    // requests in flight are the same search and share one computation (snapshot-cache.ts)
    ['search_uncached', [15, 16, 17, 18, 19, 20].flatMap((limit) => SEARCHES.map((q) => new URL(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`, uncachedBase).toString()))],
  ];
}

/** A load's result, and the CPU this process and PostgreSQL spent a request over its measured window. */
type MeasuredLoad = LoadResult & { readonly cpu: CpuPerRequest };

function loadFromOtherProcess(urls: readonly string[], seconds: number): Promise<MeasuredLoad> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD_SCRIPT, urls.join(','), '--clients', String(CLIENTS), '--seconds', String(seconds), '--warmup', '2'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let start: CpuSample | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (start === null && out.includes(`${MEASURE_START}\n`)) start = sampleCpu();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const end = sampleCpu();
      if (code !== 0) return reject(new Error(`load generator exited ${code}`));
      const result = loadResultOf(out);
      resolve({ ...result, cpu: cpuPerRequest(start ?? end, end, result.requests) });
    });
  });
}
