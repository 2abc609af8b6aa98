/**
 * clean.html: main-content extraction plus metadata for one HTML page, over htmlparser2's DOM.
 * Scripts are never run; every walk is iterative and bounded, and no regex here can backtrack
 * catastrophically. A page without article text yields the fatal problem `no-article`.
 */
import type { Element } from 'domhandler';
import type { DateValue, Problem } from '../../model/index.ts';
import { problem } from '../../model/index.ts';
import { elementsIn, parseHtml } from './dom.ts';
import { extractContent } from './extract-content.ts';
import { jsonLdObjects } from './json-ld.ts';
import { pageAuthor, pageLanguage, pageSiteName, pageTitle, pageUrl } from './metadata.ts';
import { collectSignals } from './page-signals.ts';
import { publishedDate } from './published-date.ts';
import { serialise } from './to-text.ts';

export interface HtmlExtraction {
  /** Main article body as plain text, one paragraph per line, paragraphs separated by "\n\n"; no title line. */
  text: string;
  title: string | null;
  published: DateValue | null;
  author: string | null;
  language: string | null;
  siteName: string | null;
  url: string | null;
  problems: Problem[];
}

/** Fewer characters than this is no article. */
const MIN_ARTICLE_CHARS = 50;

export function extractHtml(html: string, options: { url?: string } = {}): HtmlExtraction {
  const doc = parseHtml(typeof html === 'string' ? html : '');
  const signals = collectSignals(doc);
  const ld = jsonLdObjects(signals.jsonLd);
  const siteName = pageSiteName(signals, ld);
  const title = pageTitle(signals, ld, siteName);
  const url = pageUrl(signals, options.url);
  const body = elementsIn(doc, 5000).find((el) => el.name === 'body') ?? (doc.children.find((c) => c.type === 'tag') as Element | undefined);
  const text = body ? extractContent(body, title) : '';
  const problems: Problem[] = [];
  if (text.length < MIN_ARTICLE_CHARS) {
    problems.push(problem('clean.html', 'no-article', `no main content found (${text.length} characters of article text)`, undefined, true));
  }
  // the dateline usually sits in the byline, outside the article text: read the page's visible text, only when needed
  const pageText = (): string => (body ? serialise([body]).slice(0, 20_000) : '');
  const published = publishedDate(signals, ld, url ?? options.url ?? null, pageText);
  return { text: text.length < MIN_ARTICLE_CHARS ? '' : text, title, published, author: pageAuthor(signals, ld, siteName), language: pageLanguage(signals, ld), siteName, url, problems };
}

/** An HTML fragment (another extractor's article HTML) as plain text in the same paragraph layout. */
export function htmlFragmentToText(html: string): string {
  return serialise(parseHtml(html).children);
}
