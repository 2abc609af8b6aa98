/**
 * HTML main-content extraction, pages per second: our extractor (clean.html over htmlparser2) and
 * Readability.js over linkedom on the same pages (the Zyte AEB and trafilatura evaluation sets), one
 * after the other in this run, with each one's peak RSS and the speed ratio.
 */
import { extractHtml } from '../src/clean/html/index.ts';
import { readabilityLinkedom } from '../src/eval/html/peers.ts';
import { TRAFILATURA, ZYTE, hasSet, readTrafilatura, readZyte } from '../src/eval/html/read-pages.ts';
import type { BenchFigure, Benchmark } from './bench.ts';
import { withPeakRss } from './memory.ts';

interface Page {
  readonly html: string;
  readonly url: string;
}

async function timed(pages: readonly Page[], rounds: number, run: (page: Page) => unknown): Promise<{ perSecond: number; peakRssMb: number }> {
  for (const page of pages.slice(0, 10)) run(page); // warm up the JIT
  const started = performance.now();
  const { peakRssMb } = await withPeakRss(async () => {
    for (let r = 0; r < rounds; r++) for (const page of pages) run(page);
  });
  return { perSecond: (pages.length * rounds) / ((performance.now() - started) / 1000), peakRssMb };
}

export const htmlBench: Benchmark = {
  name: 'html',
  description: 'HTML main-content extraction: clean.html vs Readability.js over linkedom, same pages, one run',
  async run(ctx) {
    if (!hasSet(ctx.dataDir, ZYTE) || !hasSet(ctx.dataDir, TRAFILATURA)) {
      ctx.log('html: skipped — html-extraction data not under the data folder');
      return [];
    }
    const all: Page[] = [...readZyte(ctx.dataDir), ...readTrafilatura(ctx.dataDir)];
    const pages = ctx.limit === undefined ? all : all.slice(0, ctx.limit);
    const mb = pages.reduce((sum, p) => sum + p.html.length, 0) / 1024 ** 2;
    ctx.log(`html: ${pages.length} pages, ${mb.toFixed(1)} M characters`);
    const ours = await timed(pages, 3, (p) => extractHtml(p.html, { url: p.url }));
    ctx.log(`html: clean.html ${ours.perSecond.toFixed(1)} pages/s`);
    const peer = await timed(pages, 1, (p) => readabilityLinkedom(p.html, p.url));
    ctx.log(`html: Readability over linkedom ${peer.perSecond.toFixed(1)} pages/s`);
    const figures: BenchFigure[] = [
      { name: 'html.ours.pages_per_s', value: ours.perSecond, unit: 'pages/s', note: `${pages.length} pages × 3 rounds` },
      { name: 'html.readability_linkedom.pages_per_s', value: peer.perSecond, unit: 'pages/s', note: 'same pages, this run' },
      { name: 'html.speed_ratio', value: ours.perSecond / peer.perSecond, unit: '×', note: 'ours / Readability over linkedom; goal ≥ 2' },
      { name: 'html.ours.peak_rss', value: ours.peakRssMb, unit: 'MB' },
      { name: 'html.readability_linkedom.peak_rss', value: peer.peakRssMb, unit: 'MB', note: 'measured after ours: includes what the process already holds' },
    ];
    return figures;
  },
};
