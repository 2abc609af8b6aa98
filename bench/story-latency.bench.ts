/**
 * Issue 8's latency target: ingesting one more article updates its story, timeline and reactions in
 * under a second with 100,000 articles stored, on PGlite and on PostgreSQL.
 *
 * The store: a live period of news-sample articles, cleaned, analysed and related for real; then an
 * archive of synthetic variations (news-sample articles moved years back, with a line of their own,
 * so each is a distinct document) until `stored` articles are in. The archive gets documents, LSH
 * keys and the clusterer's state (built in memory in time order and written in one go — the same
 * rows the relate step writes), but no annotations: analysing 100,000 articles would take the bench
 * an hour, and the stories the probes join are in the live period, whose members are analysed.
 * Then each probe — a held-out live-period article — is timed from nothing to an updated view: store
 * the document, annotate it, relate it (duplicates + story), load its story, and build its timeline
 * and reactions.
 */
import { cleanDocument } from '../src/clean/index.ts';
import type { Document } from '../src/model/index.ts';
import { relateDocument, storyReactions, storyTimeline, loadStory } from '../src/pipeline/index.ts';
import { annotateSafely, unpackSnippets } from '../src/pipeline/annotate-safely.ts';
import { loadNlpResources } from '../src/pipeline/load-resources.ts';
import { StoryClusterer, fromDocument } from '../src/stories/clustering/index.ts';
import { lookupKeys } from '../src/stories/duplicates/index.ts';
import { openPgliteStore, openPostgresStore, type Store } from '../src/store/index.ts';
import { percentile, type BenchFigure, type Benchmark } from './bench.ts';
import { readNewsSample, type NewsRecord } from './news-sample.ts';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LIVE = 1500;
const PROBES = 25;
const YEAR_MS = 365 * 86_400_000;

export const storyLatencyBench: Benchmark = {
  name: 'story-latency',
  description: 'one more article → its story, timeline and reactions, with 100,000 articles stored (PGlite and PostgreSQL)',
  async run(ctx) {
    const stored = ctx.limit ?? 100_000;
    const records = (await readNewsSample(ctx.dataDir, 3 * 11_784)).sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const live = records.slice(0, LIVE + PROBES);
    // every (LIVE+PROBES)/PROBES-th live article is a probe, so probes fall among analysed stories
    const probes = live.filter((_, i) => i % Math.floor(live.length / PROBES) === 0).slice(0, PROBES);
    const probeIds = new Set(probes.map((p) => p.id));
    const liveRecords = live.filter((r) => !probeIds.has(r.id));
    const archiveCount = Math.max(0, stored - liveRecords.length);
    const figures: BenchFigure[] = [];
    for (const backend of ['pglite', 'postgres'] as const) {
      const opened = await openBackend(backend);
      try {
        const built = performance.now();
        const count = await buildStore(opened.store, records, liveRecords, archiveCount, ctx.log);
        const buildSeconds = (performance.now() - built) / 1000;
        ctx.log(`story-latency ${backend}: ${count} articles stored in ${buildSeconds.toFixed(0)} s`);
        const times = await timeProbes(opened.store, probes);
        const total = times.map((t) => t.total).sort((a, b) => a - b);
        const relate = times.map((t) => t.relate).sort((a, b) => a - b);
        const views = times.map((t) => t.views).sort((a, b) => a - b);
        const note = `${count} stored, ${probes.length} probes`;
        figures.push(
          { name: `story-latency.${backend}.p50`, value: percentile(total, 0.5), unit: 'ms', note },
          { name: `story-latency.${backend}.p95`, value: percentile(total, 0.95), unit: 'ms', note },
          { name: `story-latency.${backend}.max`, value: total.at(-1) ?? 0, unit: 'ms', note: 'target < 1000 ms' },
          { name: `story-latency.${backend}.relate.p50`, value: percentile(relate, 0.5), unit: 'ms', note: 'duplicates + story placement' },
          { name: `story-latency.${backend}.views.p50`, value: percentile(views, 0.5), unit: 'ms', note: 'load story + timeline + reactions' },
        );
      } finally {
        await opened.close();
      }
    }
    return figures;
  },
};

export function toDocument(r: NewsRecord, id: string, yearsBack: number): Document {
  const time = new Date(Date.parse(r.time) - yearsBack * YEAR_MS).toISOString();
  const content = `${r.title ?? ''}\n\n${r.text}${yearsBack > 0 ? `\n\nArchive copy ${yearsBack}.` : ''}`;
  const bytes = new TextEncoder().encode(`${id}\n${content}`);
  const { document } = cleanDocument({ origin: id, bytes, contentType: 'text', content, hints: { published: time, source: r.outlet, ...(r.title ? { title: r.title } : {}) } });
  if (!document) throw new Error(`bench: ${id} did not clean`);
  return document;
}

async function openBackend(backend: 'pglite' | 'postgres'): Promise<{ store: Store; close: () => Promise<void> }> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
    const store = await openPgliteStore(join(dir, 'store'));
    return { store, close: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const admin = 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `storyline_bench_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  const store = await openPostgresStore(`postgres://postgres@127.0.0.1:5432/${name}`);
  return { store, close: async () => { await store.close(); await client.query(`DROP DATABASE ${name}`); await client.end(); } };
}

/**
 * The archive (oldest variation first) and then the live period, in time order, a batch at a time:
 * documents and their LSH keys written, each document added to one in-memory clusterer whose state is
 * written at the end; the live period's documents analysed. Documents are made per batch and dropped,
 * so 100,000 of them never sit in memory at once. Returns how many were stored.
 */
export async function buildStore(store: Store, records: readonly NewsRecord[], liveRecords: readonly NewsRecord[], archiveCount: number, log: (line: string) => void): Promise<number> {
  const variations = Math.ceil(archiveCount / Math.max(1, records.length));
  function* archive(): Generator<Document> {
    let left = archiveCount;
    for (let k = variations; k >= 1; k--) {
      const take = Math.min(records.length, left - (k - 1) * records.length);
      for (const r of records.slice(0, Math.max(0, take))) yield toDocument(r, `${r.id}#archive${k}`, k);
      left -= Math.max(0, take);
    }
  }
  const resources = loadNlpResources();
  const clusterer = new StoryClusterer();
  const empty = { documents: 0, termDf: new Map(), nameDf: new Map(), assignments: new Map(), stories: [], absorbed: [], postings: [] };
  let stored = 0;
  let batch: Document[] = [];
  const flush = async (analyse: boolean) => {
    await store.writeDocuments(batch.map((document) => ({ document, raw: { bytes: new TextEncoder().encode(document.text), contentType: 'text' as const, hints: {} }, warnings: [] })));
    const writes = [];
    for (const doc of batch) {
      const result = analyse ? annotateSafely(doc, resources) : null;
      if (result?.ok) writes.push({ annotations: result.annotations, version: resources.version, corpusKeys: new Map<string, string>(), snippets: unpackSnippets(result.annotations, result.snippets) });
      clusterer.add(fromDocument(doc, result?.ok ? result.annotations : undefined));
    }
    await store.writeAnnotations(writes);
    const prints = batch.map((doc) => ({ doc: doc.id, ...lookupKeys(doc) }));
    await store.relate((session) => session.write({ prints, pairs: [], cluster: empty }));
    stored += batch.length;
    if (Math.floor(stored / 20_000) !== Math.floor((stored - batch.length) / 20_000)) log(`  stored ${stored} documents`);
    batch = [];
  };
  for (const doc of archive()) {
    batch.push(doc);
    if (batch.length === 1000) await flush(false);
  }
  if (batch.length > 0) await flush(false);
  for (const r of liveRecords) {
    batch.push(toDocument(r, r.id, 0));
    if (batch.length === 100) await flush(true);
  }
  if (batch.length > 0) await flush(true);
  const phase = performance.now();
  await store.relate((session) => session.write({ prints: [], pairs: [], cluster: clusterer.changes() }));
  log(`  wrote the clusterer's state (${clusterer.stories().length} stories) in ${((performance.now() - phase) / 1000).toFixed(0)} s`);
  return stored;
}

async function timeProbes(store: Store, probes: readonly NewsRecord[]): Promise<{ total: number; relate: number; views: number }[]> {
  const resources = loadNlpResources();
  const times: { total: number; relate: number; views: number }[] = [];
  for (const r of probes) {
    const started = performance.now();
    const doc = toDocument(r, r.id, 0);
    await store.writeDocuments([{ document: doc, raw: { bytes: new TextEncoder().encode(doc.text), contentType: 'text', hints: {} }, warnings: [] }]);
    const result = annotateSafely(doc, resources);
    if (!result.ok) continue;
    await store.writeAnnotations([{ annotations: result.annotations, version: resources.version, corpusKeys: new Map(), snippets: unpackSnippets(result.annotations, result.snippets) }]);
    const relateStarted = performance.now();
    const related = await relateDocument(store, doc, result.annotations);
    const viewsStarted = performance.now();
    const loaded = await loadStory(store, related.story);
    if (loaded) {
      storyTimeline(loaded, { maxDates: 10, perDate: 2 });
      storyReactions(loaded);
    }
    const done = performance.now();
    times.push({ total: done - started, relate: viewsStarted - relateStarted, views: done - viewsStarted });
  }
  return times;
}
