/**
 * Peer extractors run on the same pages with the same scoring: Readability.js over linkedom (the floor),
 * and, for the side-by-side comparison only, defuddle and @extractus/article-extractor.
 * Each returns the article as plain text, paragraphs separated by blank lines, or null when it found none.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlFragmentToText } from '../../clean/html/index.ts';

export type Extractor = (html: string, url: string) => string | null | Promise<string | null>;

/** Readability over linkedom; its article HTML goes through our own block-aware text serialiser, as ours does. */
export function readabilityLinkedom(html: string, url: string): string | null {
  const { document } = parseHTML(html);
  try {
    // linkedom has no documentURI setter; Readability reads baseURI only to resolve links
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 500 }).parse();
    return article?.content ? htmlFragmentToText(article.content) : null;
  } catch {
    return null;
  }
  void url;
}

/** linkedom lacks two DOM APIs defuddle reads (styleSheets, getComputedStyle); give it inert stand-ins. */
function linkedomForDefuddle(html: string): unknown {
  const { document, window } = parseHTML(html);
  const doc = document as unknown as { styleSheets?: unknown[] };
  if (!doc.styleSheets) doc.styleSheets = [];
  const view = window as unknown as { getComputedStyle?: unknown };
  if (typeof view.getComputedStyle !== 'function') view.getComputedStyle = () => ({ display: '' });
  return document;
}

/**
 * defuddle (its Node entry, `defuddle/node`) over a linkedom document. useAsync is off so it never calls
 * third-party APIs; the module is loaded on first use so `npm run eval` does not pay for it.
 */
export async function defuddleLinkedom(html: string, url: string): Promise<string | null> {
  try {
    const { Defuddle } = await import('defuddle/node');
    const document = linkedomForDefuddle(html) as Parameters<typeof Defuddle>[0];
    const result = await Defuddle(document, url || undefined, { useAsync: false, markdown: false });
    return result.content ? htmlFragmentToText(result.content) : null;
  } catch {
    return null;
  }
}

/** @extractus/article-extractor on the page HTML (no fetching: extractFromHtml only parses what it is given). */
export async function articleExtractor(html: string, url: string): Promise<string | null> {
  try {
    const { extractFromHtml } = await import('@extractus/article-extractor');
    const article = await extractFromHtml(html, url || undefined);
    return article?.content ? htmlFragmentToText(article.content) : null;
  } catch {
    return null;
  }
}
