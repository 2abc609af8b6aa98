/**
 * Duplicate detection from scratch over news-sample articles (the three long-form files by default,
 * 17,421 articles): every article is cleaned first (not timed), then added to an empty
 * DuplicateIndex in time order — each `add` queries the index (document LSH, passage LSH, exact
 * hash) and then inserts. Articles/s, words/s, latency per add, peak RSS, and what was found.
 * Peer: none. No MinHash/LSH package is in node_modules (bloom-filters, minhash and simhash-js are
 * on npm but not installed), so there is nothing to run beside ours in this process.
 */
import type { Document } from '../src/model/index.ts';
import { cleanDocument } from '../src/clean/index.ts';
import { DuplicateIndex, toDuplicateRecords } from '../src/stories/duplicates/index.ts';
import type { DuplicatePair } from '../src/stories/duplicates/index.ts';
import { percentile, type BenchFigure, type Benchmark } from './bench.ts';
import { withPeakRss } from './memory.ts';
import { readNewsSample } from './news-sample.ts';

export const duplicatesBench: Benchmark = {
  name: 'duplicates',
  description: 'exact, near-duplicate, version and wire detection (MinHash/LSH) over news-sample articles, from an empty index',
  async run(ctx) {
    // readNewsSample takes limit/3 from each file; without --limit every article of the three files (17,421)
    const records = await readNewsSample(ctx.dataDir, ctx.limit ?? 3 * 11_784);
    const docs: Document[] = [];
    for (const r of [...records].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))) {
      const content = `${r.title ?? ''}\n\n${r.text}`;
      const bytes = new TextEncoder().encode(`${r.id}\n${content}`);
      const { document } = cleanDocument({ origin: r.id, bytes, contentType: 'text', content, hints: { published: r.time, source: r.outlet, ...(r.title ? { title: r.title } : {}) } });
      if (document) docs.push(document);
    }
    const words = docs.reduce((sum, d) => sum + d.text.split(/\s+/).length, 0);
    const passages = docs.reduce((sum, d) => sum + d.passages.length, 0);
    ctx.log(`duplicates: ${docs.length} articles, ${words} words, ${passages} passages`);
    global.gc?.();
    const baseRssMb = process.memoryUsage.rss() / 1024 ** 2;
    const latencies: number[] = [];
    const run = await withPeakRss(async () => {
      const index = new DuplicateIndex();
      const pairs: DuplicatePair[] = [];
      const started = performance.now();
      for (const d of docs) {
        const t = performance.now();
        for (const p of index.add(d)) pairs.push(p);
        latencies.push(performance.now() - t);
      }
      return { seconds: (performance.now() - started) / 1000, pairs };
    });
    latencies.sort((a, b) => a - b);
    const { seconds, pairs } = run.result;
    const count = (kind: string) => pairs.filter((p) => p.kind === kind).length;
    const groups = toDuplicateRecords(pairs).length;
    const figures: BenchFigure[] = [
      { name: 'duplicates.articles_per_s', value: docs.length / seconds, unit: 'articles/s', note: `${docs.length} articles from an empty index, one thread; peer: none in node_modules` },
      { name: 'duplicates.words_per_s', value: words / seconds, unit: 'words/s' },
      { name: 'duplicates.latency.p50', value: percentile(latencies, 0.5), unit: 'ms/article', note: 'one add = query + insert' },
      { name: 'duplicates.latency.p99', value: percentile(latencies, 0.99), unit: 'ms/article' },
      { name: 'duplicates.peak_rss', value: run.peakRssMb, unit: 'MB', note: `whole process; ${baseRssMb.toFixed(0)} MB before the index (the cleaned articles held in memory)` },
      { name: 'duplicates.index_rss', value: run.peakRssMb - baseRssMb, unit: 'MB', note: 'peak minus the RSS before the index was built' },
      { name: 'duplicates.pairs.exact', value: count('exact'), unit: 'pairs' },
      { name: 'duplicates.pairs.version', value: count('version'), unit: 'pairs' },
      { name: 'duplicates.pairs.wire', value: count('wire'), unit: 'pairs' },
      { name: 'duplicates.pairs.near', value: count('near'), unit: 'pairs' },
      { name: 'duplicates.records', value: groups, unit: 'groups' },
    ];
    return figures;
  },
};
