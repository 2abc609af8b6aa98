/**
 * Eval suite `liveblog`: renders the dev live blogs (Guardian + BBC, true block times) into page
 * text in several label styles (render-styles.ts), segments them, and scores entry boundaries
 * (exact start offsets), exact UTC minutes and detection; plus the false-positive rate on news articles.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { segmentLiveblog } from '../../clean/liveblog/index.ts';
import type { EvalSuite, Metric, SuiteContext } from '../suite.ts';
import { falsePositives } from './negatives.ts';
import { readJsonlGz } from './read-jsonl-gz.ts';
import { renderBlog, type DatasetBlog } from './render-blog.ts';
import { addToTally, emptyTally, ratios, type Tally } from './score.ts';

const BLOGS = 'liveblogs/liveblogs.dev.jsonl.gz';
const ARTICLES = 'news-sample/t17.jsonl.gz';
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function tallyBlogs(blogs: readonly DatasetBlog[]): { all: Tally; byStyle: Map<string, Tally>; skipped: number } {
  const all = emptyTally();
  const byStyle = new Map<string, Tally>();
  let skipped = 0;
  for (const blog of blogs) {
    const page = renderBlog(blog);
    if (page === null) {
      skipped += 1;
      continue;
    }
    const result = segmentLiveblog({ text: page.text, paragraphs: page.paragraphs, published: page.published, zone: page.zone });
    addToTally(all, page, result);
    const style = byStyle.get(page.style.name) ?? emptyTally();
    byStyle.set(page.style.name, style);
    addToTally(style, page, result);
  }
  return { all, byStyle, skipped };
}

export const liveblogSuite: EvalSuite = {
  name: 'liveblog',
  description: 'live-blog segmentation: entry boundaries, UTC minutes, detection; false positives on articles',
  isAvailable: (ctx: SuiteContext) => existsSync(join(ctx.dataDir, BLOGS)),
  async run(ctx: SuiteContext): Promise<readonly Metric[]> {
    const blogs = readJsonlGz<DatasetBlog>(join(ctx.dataDir, BLOGS));
    ctx.log(`liveblog: ${blogs.length} dev blogs`);
    const { all, byStyle, skipped } = tallyBlogs(blogs);
    const r = ratios(all);
    for (const [name, t] of byStyle) {
      const s = ratios(t);
      ctx.log(`liveblog: ${name}: ${t.blogs} blogs, boundary F1 ${pct(s.f1)}, time ${pct(s.timeAccuracy)}, detected ${pct(s.detected)}`);
    }
    const counts = `${all.blogs} blogs (${skipped} skipped), ${all.gold} blocks, ${all.predicted} entries predicted`;
    const metrics: Metric[] = [
      { name: 'liveblog.boundary.f1', value: r.f1, note: counts },
      { name: 'liveblog.boundary.precision', value: r.precision, note: `${all.truePositives}/${all.predicted}` },
      { name: 'liveblog.boundary.recall', value: r.recall, note: `${all.truePositives}/${all.gold}` },
      { name: 'liveblog.time.accuracy', value: r.timeAccuracy, note: `${all.timesRight}/${all.gold} blocks at the exact UTC minute` },
      { name: 'liveblog.detected', value: r.detected, note: `${all.detected}/${all.blogs}` },
    ];
    if (existsSync(join(ctx.dataDir, ARTICLES))) {
      const fp = falsePositives(join(ctx.dataDir, ARTICLES));
      const note = `${fp.flagged.length}/${fp.total} t17 articles${fp.flagged.length ? `: ${fp.flagged.slice(0, 5).join(', ')}` : ''}`;
      metrics.push({ name: 'liveblog.false_positive_rate', value: fp.total === 0 ? 0 : fp.flagged.length / fp.total, note });
    }
    return metrics;
  },
};
