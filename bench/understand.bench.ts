/**
 * The whole understanding pass (annotate: tokens, sentences, names, entities, times, quotes, events,
 * facts, stances) over real news-sample articles: articles/s in one thread, and with a pool of
 * worker threads on every core (the target: ≥ 200 articles/s on 2 cores, aiming at 300),
 * per-stage time shares, latency per article, peak memory, and the ratio to compromise (the JS NLP
 * library STACK.md measured) finding people, places and organisations in the same articles.
 */
import { availableParallelism } from 'node:os';
import nlp from 'compromise';
import type { Document } from '../src/model/index.ts';
import { annotate } from '../src/nlp/index.ts';
import { cleanDocument } from '../src/clean/index.ts';
import { loadNlpResources } from '../src/pipeline/load-resources.ts';
import { analysePool } from '../src/pipeline/analyse-pool.ts';
import { unpackSnippets } from '../src/pipeline/annotate-safely.ts';
import { percentile, type BenchFigure, type Benchmark } from './bench.ts';
import { withPeakRss } from './memory.ts';
import { readNewsSample } from './news-sample.ts';

/**
 * Articles each thread annotates before timing starts (the one thread and every pool worker alike),
 * taken from beyond the timed articles so that no timed article has been seen before. The figures are
 * steady-state throughput, what a long `ingest` or `analyse` runs at: V8 keeps compiling and
 * re-optimising the hot code for the first few hundred articles (a scratch trace counted 184
 * optimisations in articles 1–250, 63 in 251–500 and 4–23 per 250 after 1,500), and every worker does
 * that itself. The cold start is measured on its own (`understand.pool.cold.articles_per_s`: a fresh
 * pool, timed from its creation, weights loading included).
 */
const WARM_UP = 250;

export const understandBench: Benchmark = {
  name: 'understand',
  description: 'annotate over news-sample articles: one thread, a worker pool on every core, and compromise as the peer',
  async run(ctx) {
    const n = ctx.limit ?? 2000;
    const cores = availableParallelism();
    const warmUpCount = Math.min(WARM_UP, Math.ceil(n / 4));
    const records = await readNewsSample(ctx.dataDir, n + cores * warmUpCount);
    const all: Document[] = [];
    for (const r of records) {
      const content = `${r.title ?? ''}\n\n${r.text}`;
      const bytes = new TextEncoder().encode(content);
      const { document } = cleanDocument({ origin: r.id, bytes, contentType: 'text', content, hints: { published: r.time, ...(r.title ? { title: r.title } : {}) } });
      if (document) all.push(document);
    }
    // the timed articles first (the same ones as before warm-up was taken apart), the warm-up ones after them
    const docs = all.slice(0, n);
    const warmUpDocs = all.slice(n);
    const words = docs.reduce((sum, d) => sum + d.text.split(/\s+/).length, 0);
    ctx.log(`understand: ${docs.length} articles, ${words} words`);
    const figures: BenchFigure[] = [];

    // one thread
    const loadStarted = performance.now();
    const resources = loadNlpResources();
    figures.push({ name: 'understand.load_models_ms', value: performance.now() - loadStarted, unit: 'ms', note: 'parse the shipped weights once per thread' });
    for (const d of warmUpDocs.slice(0, warmUpCount)) annotate(d, resources); // warm up the JIT and the word caches
    const latencies: number[] = [];
    const single = await withPeakRss(async () => {
      const started = performance.now();
      for (const d of docs) {
        const t = performance.now();
        annotate(d, resources);
        latencies.push(performance.now() - t);
      }
      return (performance.now() - started) / 1000;
    });
    latencies.sort((a, b) => a - b);
    const times = new Map<string, number>();
    for (const d of docs.slice(0, 500)) annotate(d, resources, times);
    const totalMs = [...times.values()].reduce((a, b) => a + b, 0);
    for (const [stage, ms] of times) figures.push({ name: `understand.stage.${stage}.share`, value: (100 * ms) / totalMs, unit: '%', note: 'of one-thread annotate time, first 500 articles' });
    figures.push(
      { name: 'understand.one_thread.articles_per_s', value: docs.length / single.result, unit: 'articles/s' },
      { name: 'understand.one_thread.words_per_s', value: words / single.result, unit: 'words/s', note: 'spaCy sm ≈ 10,000 words/s/core (published)' },
      { name: 'understand.latency.p50', value: percentile(latencies, 0.5), unit: 'ms/article' },
      { name: 'understand.latency.p99', value: percentile(latencies, 0.99), unit: 'ms/article' },
      { name: 'understand.one_thread.peak_rss', value: single.peakRssMb, unit: 'MB' },
    );

    // a worker pool on every core, cold: timed from its creation over the timed articles
    const coldStarted = performance.now();
    const cold = analysePool(cores);
    try {
      await Promise.all(docs.map((d) => cold.run(d)));
      figures.push({ name: 'understand.pool.cold.articles_per_s', value: docs.length / ((performance.now() - coldStarted) / 1000), unit: 'articles/s', note: `a fresh pool of ${cores} workers, start-up (weights, compilation) included` });
    } finally {
      await cold.close();
    }

    // a worker pool on every core, warmed up; start-up measured apart from throughput
    const poolStarted = performance.now();
    const pool = analysePool(cores);
    try {
      await Promise.all(warmUpDocs.map((d) => pool.run(d)));
      figures.push({ name: 'understand.pool.startup_ms', value: performance.now() - poolStarted, unit: 'ms', note: `${cores} workers, incl. ${warmUpDocs.length} warm-up articles` });
      const parallel = await withPeakRss(async () => {
        const started = performance.now();
        // each result as the pipeline takes it on the main thread (analyse.ts): cloned in, snippets unpacked
        const results = await Promise.all(docs.map((d) => pool.run(d).then((r) => (r.ok ? (unpackSnippets(r.annotations, r.snippets), r) : r))));
        const failed = results.filter((r) => !r.ok).length;
        if (failed > 0) ctx.log(`understand: ${failed} articles failed in the pool`);
        return (performance.now() - started) / 1000;
      });
      figures.push(
        { name: 'understand.pool.articles_per_s', value: docs.length / parallel.result, unit: 'articles/s', note: `${cores} worker threads, steady state; target ≥ 200, aim 300` },
        { name: 'understand.pool.words_per_s', value: words / parallel.result, unit: 'words/s' },
        { name: 'understand.pool.peak_rss', value: parallel.peakRssMb, unit: 'MB', note: 'whole process, workers included' },
      );
    } finally {
      await pool.close();
    }

    // the peer: compromise's people/places/organisations over the same texts, one thread
    const peerDocs = docs.slice(0, Math.min(docs.length, 300));
    const peerWords = peerDocs.reduce((sum, d) => sum + d.text.split(/\s+/).length, 0);
    const peerStarted = performance.now();
    for (const d of peerDocs) {
      const parsed = nlp(d.text);
      parsed.people().out('array');
      parsed.places().out('array');
      parsed.organizations().out('array');
    }
    const peerSeconds = (performance.now() - peerStarted) / 1000;
    const ours = words / single.result;
    figures.push(
      { name: 'understand.peer.compromise.words_per_s', value: peerWords / peerSeconds, unit: 'words/s', note: `compromise 14 people/places/orgs only, ${peerDocs.length} articles` },
      { name: 'understand.ratio_to_compromise', value: ours / (peerWords / peerSeconds), unit: '×', note: 'our whole pass vs compromise names only, one thread each' },
    );
    return figures;
  },
};
