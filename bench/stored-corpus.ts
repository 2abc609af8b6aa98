/**
 * A store holding many articles, for the benchmarks that measure at scale (issue 8's story latency,
 * issue 10's API latency): a live period of news-sample articles, cleaned, analysed and related for
 * real; then an archive of synthetic variations (news-sample articles moved years back, with a line of
 * their own, so each is a distinct document) until `stored` articles are in. The archive gets
 * documents, LSH keys and the clusterer's state (built in memory in time order and written in one go —
 * the same rows the relate step writes), but no annotations: analysing 100,000 articles would take an
 * hour, and what the benchmarks probe sits in the live period, whose members are analysed.
 *
 * Building 100,000 takes 30–50 minutes, so with `--cache DIR` the built store is kept (a PGlite data
 * directory under DIR, a PostgreSQL template database) and each run works on a copy of it, which
 * opening upgrades to the current schema as it would a user's store. The cache is keyed by what
 * shapes the rows (size, live period, analysis version, BUILD_FORMAT); delete DIR when the relate
 * step's stored format changes in another way.
 */
import { cleanDocument } from '../src/clean/index.ts';
import type { Document } from '../src/model/index.ts';
import { annotateSafely, unpackSnippets } from '../src/pipeline/annotate-safely.ts';
import { currentAnalysisVersion, loadNlpResources } from '../src/pipeline/load-resources.ts';
import { StoryClusterer, fromDocument } from '../src/stories/clustering/index.ts';
import { lookupKeys } from '../src/stories/duplicates/index.ts';
import { openPgliteStore, openPostgresStore, type Store, type StorySummary } from '../src/store/index.ts';
import { readNewsSample, type NewsRecord } from './news-sample.ts';
import pg from 'pg';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const YEAR_MS = 365 * 86_400_000;
/** Bump when the rows buildStore writes change shape without a new migration. */
const BUILD_FORMAT = 1;
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export type Backend = 'pglite' | 'postgres';

export interface CorpusPlan {
  /** Every record the archive varies (in time order). */
  readonly records: readonly NewsRecord[];
  /** The live period: stored, analysed and related. */
  readonly liveRecords: readonly NewsRecord[];
  /** Articles to store in all (archive = stored − live). */
  readonly stored: number;
}

export interface StoredCorpus {
  readonly store: Store;
  readonly count: number;
  /** Seconds spent building; 0 when a cached build was copied. */
  readonly buildSeconds: number;
  readonly cached: boolean;
  /** The database URL (PostgreSQL) or data directory (PGlite) of the working copy. */
  readonly location: string;
  close(): Promise<void>;
}

const LIVE = 1500;
const PROBES = 25;

/**
 * The corpus the scale benchmarks share (one cached build serves both): every news-sample long-form
 * article in time order, the oldest 1,525 as the live period, and every 61st of those held out as a
 * probe, so probes fall among analysed stories.
 */
export async function scaleCorpusPlan(dataDir: string, stored: number): Promise<{ plan: CorpusPlan; probes: NewsRecord[] }> {
  const records = (await readNewsSample(dataDir, 3 * 11_784)).sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const live = records.slice(0, LIVE + PROBES);
  const probes = live.filter((_, i) => i % Math.floor(live.length / PROBES) === 0).slice(0, PROBES);
  const probeIds = new Set(probes.map((p) => p.id));
  return { plan: { records, liveRecords: live.filter((r) => !probeIds.has(r.id)), stored }, probes };
}

export function toDocument(r: NewsRecord, id: string, yearsBack: number): Document {
  const time = new Date(Date.parse(r.time) - yearsBack * YEAR_MS).toISOString();
  const content = `${r.title ?? ''}\n\n${r.text}${yearsBack > 0 ? `\n\nArchive copy ${yearsBack}.` : ''}`;
  const bytes = new TextEncoder().encode(`${id}\n${content}`);
  const { document } = cleanDocument({ origin: id, bytes, contentType: 'text', content, hints: { published: time, source: r.outlet, ...(r.title ? { title: r.title } : {}) } });
  if (!document) throw new Error(`bench: ${id} did not clean`);
  return document;
}

/** Opens a working store holding `plan.stored` articles: built now, or copied from `cacheDir`. */
export async function openStoredCorpus(backend: Backend, plan: CorpusPlan, log: (line: string) => void, cacheDir?: string, poolSize?: number): Promise<StoredCorpus> {
  const key = JSON.stringify({
    format: BUILD_FORMAT, stored: plan.stored, live: plan.liveRecords.length, firstLive: plan.liveRecords[0]?.id ?? null,
    records: plan.records.length, analysis: currentAnalysisVersion(),
  });
  return backend === 'pglite' ? openPglite(plan, key, log, cacheDir) : openPostgres(plan, key, log, cacheDir, poolSize);
}

async function openPglite(plan: CorpusPlan, key: string, log: (line: string) => void, cacheDir?: string): Promise<StoredCorpus> {
  const work = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
  const workStore = join(work, 'store');
  const remove = () => rmSync(work, { recursive: true, force: true });
  let count = plan.stored;
  let buildSeconds = 0;
  let cached = false;
  if (cacheDir) {
    const base = join(cacheDir, `pglite-${plan.stored}`);
    if (readMarker(base) === key) {
      cached = true;
      log(`  pglite: copying the cached store ${base}`);
      await (await openPgliteStore(join(base, 'store'))).close(); // brings it to the current schema once
    } else {
      rmSync(base, { recursive: true, force: true });
      mkdirSync(base, { recursive: true });
      const store = await openPgliteStore(join(base, 'store'));
      ({ count, buildSeconds } = await timedBuild(store, plan, log));
      await store.close();
      writeFileSync(join(base, 'marker.json'), key);
    }
    cpSync(join(base, 'store'), workStore, { recursive: true });
    const store = await openPgliteStore(workStore);
    return { store, count, buildSeconds, cached, location: workStore, close: async () => { await store.close(); remove(); } };
  }
  const store = await openPgliteStore(workStore);
  ({ count, buildSeconds } = await timedBuild(store, plan, log));
  return { store, count, buildSeconds, cached, location: workStore, close: async () => { await store.close(); remove(); } };
}

async function openPostgres(plan: CorpusPlan, key: string, log: (line: string) => void, cacheDir?: string, poolSize?: number): Promise<StoredCorpus> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const name = `storyline_bench_${process.pid}`;
  const url = (db: string) => `postgres://postgres@127.0.0.1:5432/${db}`;
  let count = plan.stored;
  let buildSeconds = 0;
  let cached = false;
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    if (cacheDir) {
      // the template's name comes from a number, never from input text
      const template = `storyline_bench_cache_${Math.floor(plan.stored)}`;
      const markerDir = join(cacheDir, `postgres-${plan.stored}`);
      const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1;
      if (exists && readMarker(markerDir) === key) {
        cached = true;
        log(`  postgres: copying the cached database ${template}`);
        await (await openPostgresStore(url(template))).close(); // brings the template to the current schema once
      } else {
        await admin.query(`DROP DATABASE IF EXISTS ${template}`);
        await admin.query(`CREATE DATABASE ${template}`);
        const store = await openPostgresStore(url(template));
        ({ count, buildSeconds } = await timedBuild(store, plan, log));
        await store.close();
        mkdirSync(markerDir, { recursive: true });
        writeFileSync(join(markerDir, 'marker.json'), key);
      }
      await analyseOnce(url(template));
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } else {
      await admin.query(`CREATE DATABASE ${name}`);
    }
    const store = await openPostgresStore(url(name), poolSize === undefined ? {} : { poolSize });
    if (!cacheDir) {
      ({ count, buildSeconds } = await timedBuild(store, plan, log));
      await analyseOnce(url(name));
    }
    return {
      store, count, buildSeconds, cached, location: url(name),
      close: async () => { await store.close(); await admin.query(`DROP DATABASE IF EXISTS ${name}`); await admin.end(); },
    };
  } catch (error) {
    await admin.end();
    throw error;
  }
}

/**
 * Planner statistics, as a server's autovacuum would have taken them long before anyone reads a store
 * this size; a database copied from a template keeps its template's. Without them the planner reads
 * 100,000 rows to find 30 by primary key.
 */
async function analyseOnce(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ analysed: boolean }>(
      "SELECT coalesce(last_analyze, last_autoanalyze) IS NOT NULL AS analysed FROM pg_stat_user_tables WHERE relname = 'documents'",
    );
    if (!rows[0]?.analysed) await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

async function timedBuild(store: Store, plan: CorpusPlan, log: (line: string) => void): Promise<{ count: number; buildSeconds: number }> {
  const started = performance.now();
  const count = await buildStore(store, plan, log);
  return { count, buildSeconds: (performance.now() - started) / 1000 };
}

function readMarker(dir: string): string | null {
  const path = join(dir, 'marker.json');
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/**
 * The archive (oldest variation first) and then the live period, in time order, a batch at a time:
 * documents and their LSH keys written, each document added to one in-memory clusterer whose state is
 * written at the end; the live period's documents analysed. Documents are made per batch and dropped,
 * so 100,000 of them never sit in memory at once. Returns how many were stored.
 */
export async function buildStore(store: Store, plan: CorpusPlan, log: (line: string) => void): Promise<number> {
  const { records, liveRecords } = plan;
  const archiveCount = Math.max(0, plan.stored - liveRecords.length);
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
  await store.maintain(); // as the ingest that stored them would have
  return stored;
}

/**
 * The most recently active stories with at least `minAnalysed` analysed members (the live period's):
 * the archive's synthetic stories are newer but never analysed, so their views have nothing to
 * compute — a story view benchmark over them would time empty timelines.
 */
export async function analysedStories(store: Store, count: number, minAnalysed = 3): Promise<StorySummary[]> {
  const out: StorySummary[] = [];
  for (let offset = 0; out.length < count; offset += 200) {
    const page = await store.listStories({ limit: 200, offset, minDocuments: minAnalysed });
    if (page.length === 0) break;
    for (const story of page) {
      const analysed = await store.getAnnotationsOf(await store.storyDocuments(story.id, 50));
      if (analysed.size >= minAnalysed) out.push(story);
      if (out.length === count) break;
    }
  }
  return out;
}
