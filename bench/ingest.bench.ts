/**
 * Plain-text documents per second through ingest → clean → store, on PGlite and on PostgreSQL,
 * from real articles of news-sample written out as .txt files (title, dateline, body) — the path a
 * folder of scraped pages takes. Batch size 1 runs beside the default batch to show what batching buys.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ingestPaths } from '../src/pipeline/index.ts';
import type { Store } from '../src/store/index.ts';
import { openPgliteStore, openPostgresStore } from '../src/store/index.ts';
import type { BenchContext, BenchFigure, Benchmark } from './bench.ts';
import { withPeakRss } from './memory.ts';
import { readNewsSample } from './news-sample.ts';

const ADMIN_URL = process.env.STORYLINE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const ingestBench: Benchmark = {
  name: 'ingest',
  description: 'plain-text articles through ingest → clean → store (news-sample), PGlite and PostgreSQL',
  async run(ctx) {
    const n = ctx.limit ?? 2000;
    const records = await readNewsSample(ctx.dataDir, n);
    const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-ingest-'));
    try {
      const inputs = join(dir, 'inputs');
      mkdirSync(inputs);
      let words = 0;
      records.forEach((r, i) => {
        words += r.text.split(/\s+/).length;
        writeFileSync(join(inputs, `${String(i).padStart(6, '0')}.txt`), `${r.title ?? ''}\n\n${r.time.slice(0, 10)}\n\n${r.text.replace(/\n/g, '\n\n')}\n`);
      });
      ctx.log(`ingest: ${records.length} articles, ${words} words`);
      const figures: BenchFigure[] = [];
      for (const batchSize of [32, 1]) {
        figures.push(...(await measure(`pglite.batch${batchSize}`, () => openPgliteStore(join(dir, `pglite-${batchSize}`)), inputs, batchSize, records.length, words, ctx)));
        figures.push(...(await measurePostgres(`postgres.batch${batchSize}`, inputs, batchSize, records.length, words, ctx)));
      }
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function measure(label: string, open: () => Promise<Store>, inputs: string, batchSize: number, docs: number, words: number, ctx: BenchContext): Promise<BenchFigure[]> {
  const store = await open();
  try {
    const started = performance.now();
    const { result, peakRssMb } = await withPeakRss(() => ingestPaths(store, [inputs], { batchSize }));
    const seconds = (performance.now() - started) / 1000;
    ctx.log(`ingest ${label}: ${result.ingested} ingested, ${result.failed} failed in ${seconds.toFixed(1)} s`);
    return [
      { name: `ingest.${label}.docs_per_s`, value: result.ingested / seconds, unit: 'docs/s', note: `${docs} articles` },
      { name: `ingest.${label}.words_per_s`, value: words / seconds, unit: 'words/s', note: 'spaCy sm ≈ 10,000 words/s/core (published)' },
      { name: `ingest.${label}.peak_rss`, value: peakRssMb, unit: 'MB' },
    ];
  } finally {
    await store.close();
  }
}

async function measurePostgres(label: string, inputs: string, batchSize: number, docs: number, words: number, ctx: BenchContext): Promise<BenchFigure[]> {
  const name = `storyline_bench_${process.pid}_${batchSize}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    ctx.log(`ingest ${label}: skipped — PostgreSQL at ${ADMIN_URL} not reachable (${(error as Error).message})`);
    await admin.end().catch(() => undefined);
    return [];
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await measure(label, () => openPostgresStore(url.toString()), inputs, batchSize, docs, words, ctx);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
