/**
 * html: main-content extraction on the Zyte article-extraction benchmark (118 pages, shingle F1 as
 * in their evaluate.py) and trafilatura's evaluation pages (423 pages, with/without segments as in
 * its eval_common.py), plus title/author/date accuracy on the latter. Readability.js over linkedom,
 * the floor, is scored on the same pages with the same scoring and reported as html.readability.*.
 */
import type { HtmlExtraction } from '../../clean/html/index.ts';
import { extractHtml } from '../../clean/html/index.ts';
import type { EvalSuite, Metric } from '../suite.ts';
import { readabilityLinkedom } from './peers.ts';
import { TRAFILATURA, ZYTE, hasSet, readTrafilatura, readZyte } from './read-pages.ts';
import { scoreMetadata } from './score-metadata.ts';
import type { TrafilaturaResult, ZyteResult } from './score.ts';
import { scoreTrafilatura, scoreZyte } from './score.ts';

function extractionMetrics(prefix: string, zyte: ZyteResult, traf: TrafilaturaResult, pages: number): Metric[] {
  const speed = pages / (zyte.seconds + traf.seconds);
  const t = traf.totals;
  return [
    { name: `${prefix}.zyte.f1`, value: zyte.scores.f1, note: `P ${zyte.scores.precision.toFixed(3)} R ${zyte.scores.recall.toFixed(3)}, ${zyte.perPage.length} pages` },
    { name: `${prefix}.zyte.precision`, value: zyte.scores.precision },
    { name: `${prefix}.zyte.recall`, value: zyte.scores.recall },
    { name: `${prefix}.trafilatura.f1`, value: traf.scores.f1, note: `tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn}, ${traf.perPage.length} pages` },
    { name: `${prefix}.trafilatura.precision`, value: traf.scores.precision },
    { name: `${prefix}.trafilatura.recall`, value: traf.scores.recall },
    { name: `${prefix}.trafilatura.accuracy`, value: traf.scores.accuracy },
    { name: `${prefix}.pages_per_s`, value: speed, note: 'single thread, eval machine; see npm run bench for the side-by-side figure' },
  ];
}

export const htmlSuite: EvalSuite = {
  name: 'html',
  description: 'HTML main-content extraction (Zyte AEB shingle F1, trafilatura segment F1) and metadata, beside Readability.js over linkedom',
  isAvailable: (ctx) => hasSet(ctx.dataDir, ZYTE) && hasSet(ctx.dataDir, TRAFILATURA),
  async run(ctx) {
    const zytePages = readZyte(ctx.dataDir);
    const trafPages = readTrafilatura(ctx.dataDir);
    ctx.log(`html: ${zytePages.length} Zyte pages, ${trafPages.length} trafilatura pages`);
    const results = new Map<string, HtmlExtraction>();
    const ours = (html: string, url: string): string => {
      const result = extractHtml(html, { url });
      results.set(url + html.length, result);
      return result.text;
    };
    const zyte = scoreZyte(zytePages, ours);
    const traf = scoreTrafilatura(trafPages, ours);
    const meta = scoreMetadata(trafPages, trafPages.map((p) => results.get(p.url + p.html.length)!));
    ctx.log(`html: ours done (${(zyte.seconds + traf.seconds).toFixed(1)} s); running Readability over linkedom`);
    const rZyte = scoreZyte(zytePages, readabilityLinkedom);
    const rTraf = scoreTrafilatura(trafPages, readabilityLinkedom);
    const pages = zytePages.length + trafPages.length;
    return [
      ...extractionMetrics('html', zyte, traf, pages),
      { name: 'html.meta.title', value: meta.title.correct / meta.title.total, note: `${meta.title.correct}/${meta.title.total}` },
      { name: 'html.meta.author', value: meta.author.correct / meta.author.total, note: `${meta.author.correct}/${meta.author.total}` },
      { name: 'html.meta.date', value: meta.date.correct / meta.date.total, note: `${meta.date.correct}/${meta.date.total} (day)` },
      ...extractionMetrics('html.readability', rZyte, rTraf, pages),
    ];
  },
};
