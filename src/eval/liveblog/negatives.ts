/** The negative check: news articles (news-sample t17) must not be taken for live blogs. */
import { segmentLiveblog } from '../../clean/liveblog/index.ts';
import type { Span } from '../../model/index.ts';
import { readJsonlGz } from './read-jsonl-gz.ts';

interface Article {
  readonly id: string;
  readonly time: string;
  readonly text: string;
}

/** How many articles, spread evenly over the (time-sorted) file. */
export const NEGATIVE_SAMPLE = 200;

/** The article as cleaned text: one paragraph per source line, joined by blank lines. */
function asCleanText(article: Article): { text: string; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  let text = '';
  for (const line of article.text.split('\n').map((s) => s.trim()).filter((s) => s !== '')) {
    if (text !== '') text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + line.length });
    text += line;
  }
  return { text, paragraphs };
}

export function falsePositives(path: string): { flagged: string[]; total: number } {
  const articles = readJsonlGz<Article>(path);
  const step = Math.max(1, Math.floor(articles.length / NEGATIVE_SAMPLE));
  const sample = articles.filter((_, i) => i % step === 0).slice(0, NEGATIVE_SAMPLE);
  const flagged = sample.filter((a) => {
    const { text, paragraphs } = asCleanText(a);
    return segmentLiveblog({ text, paragraphs, published: { value: a.time.slice(0, 10), precision: 'day' }, zone: null }).isLiveblog;
  });
  return { flagged: flagged.map((a) => a.id), total: sample.length };
}
