/**
 * Side by side in one run: our extractor, Readability.js over linkedom, defuddle over linkedom and
 * @extractus/article-extractor on the same pages of both html-extraction sets (Zyte AEB, trafilatura),
 * each scored with that set's own metric (shingle F1, segment F1) and timed. Slow peers, so it lives in
 * the bench and not in `npm run eval`. A peer that throws or exceeds the per-page budget on a page is
 * scored as having returned nothing there; the run goes on.
 */
import { extractHtml } from '../src/clean/html/index.ts';
import type { Extractor } from '../src/eval/html/peers.ts';
import { articleExtractor, defuddleLinkedom, readabilityLinkedom } from '../src/eval/html/peers.ts';
import type { TrafilaturaPage, ZytePage } from '../src/eval/html/read-pages.ts';
import { TRAFILATURA, ZYTE, hasSet, readTrafilatura, readZyte } from '../src/eval/html/read-pages.ts';
import { countSegments, segmentScores, sumConfusions } from '../src/eval/metrics/segment-match.ts';
import { shingleCounts, shingleScores } from '../src/eval/metrics/shingle-f1.ts';
import type { BenchContext, BenchFigure, Benchmark } from './bench.ts';

/** Past this, a page's output is discarded (the promise may still be pending; a sync peer cannot be cut short). */
const PAGE_BUDGET_MS = 20_000;
const WARM_UP_PAGES = 3;

const PEERS: readonly { key: string; label: string; extract: Extractor }[] = [
  { key: 'ours', label: 'clean.html (ours)', extract: (html, url) => extractHtml(html, { url }).text },
  { key: 'readability_linkedom', label: 'Readability/linkedom', extract: readabilityLinkedom },
  { key: 'defuddle_linkedom', label: 'defuddle/linkedom', extract: defuddleLinkedom },
  { key: 'article_extractor', label: '@extractus/article-extractor', extract: articleExtractor },
];

interface Page {
  readonly html: string;
  readonly url: string;
}

interface Run {
  readonly outputs: (string | null)[];
  readonly seconds: number;
  readonly failures: number;
}

/** One page through one peer; a throw, a rejection or a blown budget is "no output". */
async function extractSafely(extract: Extractor, page: Page): Promise<{ text: string | null; failed: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), PAGE_BUDGET_MS);
  });
  const started = performance.now();
  try {
    const result = await Promise.race([Promise.resolve().then(() => extract(page.html, page.url)), budget]);
    if (result === 'timeout' || performance.now() - started > PAGE_BUDGET_MS) return { text: null, failed: true };
    return { text: result, failed: false };
  } catch {
    return { text: null, failed: true };
  } finally {
    clearTimeout(timer);
  }
}

async function runPages(extract: Extractor, pages: readonly Page[]): Promise<Run> {
  const outputs: (string | null)[] = [];
  let failures = 0;
  const started = performance.now();
  for (const page of pages) {
    const { text, failed } = await extractSafely(extract, page);
    outputs.push(text);
    if (failed) failures++;
  }
  return { outputs, seconds: (performance.now() - started) / 1000, failures };
}

function zyteF1(pages: readonly ZytePage[], outputs: readonly (string | null)[]): number {
  return shingleScores(pages.map((p, i) => shingleCounts(p.articleBody, outputs[i] ?? ''))).f1;
}

function trafilaturaF1(pages: readonly TrafilaturaPage[], outputs: readonly (string | null)[]): number {
  return segmentScores(sumConfusions(pages.map((p, i) => countSegments(p.with, p.without, outputs[i] ?? null)))).f1;
}

const cap = <T>(items: readonly T[], limit: number | undefined): readonly T[] => (limit === undefined ? items : items.slice(0, limit));

async function measurePeer(ctx: BenchContext, peer: (typeof PEERS)[number], zyte: readonly ZytePage[], traf: readonly TrafilaturaPage[]): Promise<BenchFigure[]> {
  for (const page of zyte.slice(0, WARM_UP_PAGES)) await extractSafely(peer.extract, page); // load modules, warm the JIT
  const z = await runPages(peer.extract, zyte);
  const t = await runPages(peer.extract, traf);
  const pagesPerSecond = (zyte.length + traf.length) / (z.seconds + t.seconds);
  const zf1 = zyteF1(zyte, z.outputs);
  const tf1 = trafilaturaF1(traf, t.outputs);
  const failures = z.failures + t.failures;
  const empty = [...z.outputs, ...t.outputs].filter((o) => !o).length;
  ctx.log(`html-peers: ${peer.label.padEnd(30)} Zyte F1 ${zf1.toFixed(3)}  trafilatura F1 ${tf1.toFixed(3)}  ${pagesPerSecond.toFixed(1)} pages/s  (${empty} empty, ${failures} errors/timeouts)`);
  const note = `${empty} empty outputs, ${failures} errors/timeouts`;
  return [
    { name: `html-peers.${peer.key}.zyte.f1`, value: zf1, unit: 'F1', note: `${zyte.length} pages` },
    { name: `html-peers.${peer.key}.trafilatura.f1`, value: tf1, unit: 'F1', note: `${traf.length} pages` },
    { name: `html-peers.${peer.key}.pages_per_s`, value: pagesPerSecond, unit: 'pages/s', note },
  ];
}

export const htmlPeersBench: Benchmark = {
  name: 'html-peers',
  description: 'HTML extraction side by side: ours, Readability/linkedom, defuddle/linkedom, article-extractor — Zyte F1, trafilatura F1, pages/s',
  async run(ctx) {
    if (!hasSet(ctx.dataDir, ZYTE) || !hasSet(ctx.dataDir, TRAFILATURA)) {
      ctx.log('html-peers: skipped — html-extraction data not under the data folder');
      return [];
    }
    const zyte = cap(readZyte(ctx.dataDir), ctx.limit);
    const traf = cap(readTrafilatura(ctx.dataDir), ctx.limit);
    ctx.log(`html-peers: ${zyte.length} Zyte pages, ${traf.length} trafilatura pages, each peer in turn, single thread`);
    const figures: BenchFigure[] = [];
    for (const peer of PEERS) figures.push(...(await measurePeer(ctx, peer, zyte, traf)));
    return figures;
  },
};
