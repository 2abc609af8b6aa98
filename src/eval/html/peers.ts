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
