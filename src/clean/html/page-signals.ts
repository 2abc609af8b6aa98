/**
 * Everything metadata is read from, gathered in one walk over the page: <meta> name/property/itemprop
 * → content, <link rel>, <html lang>, <title>, h1s, JSON-LD blocks, <time datetime>s, and elements
 * marked as author or byline. The walk is iterative and bounded like every other one here.
 */
import type { Document, Element } from 'domhandler';
import { elementsIn, rawText, textOf, tokensOf } from './dom.ts';

export interface PageSignals {
  /** Lower-cased meta key (name, property, itemprop or http-equiv) → first non-empty value. */
  readonly meta: ReadonlyMap<string, string>;
  readonly canonical: string | null;
  readonly htmlLang: string | null;
  readonly titleTag: string | null;
  readonly h1s: readonly string[];
  readonly jsonLd: readonly string[];
  /** `datetime` (or content) of <time> and itemprop=datePublished elements, page order; pubdate ones first. */
  readonly times: readonly string[];
  /** Texts of rel=author links, itemprop=author and author/byline-classed elements, page order. */
  readonly bylines: readonly string[];
}

const BYLINE_TOKENS: ReadonlySet<string> = new Set(['author', 'byline', 'authors', 'autor', 'auteur', 'writer', 'creator']);

function metaKey(el: Element): string | null {
  const key = el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? el.attribs['http-equiv'];
  return key ? key.trim().toLowerCase() : null;
}

function isBylineElement(el: Element): boolean {
  if (el.attribs.rel === 'author' || el.attribs.itemprop === 'author') return true;
  if (el.name === 'meta' || el.name === 'link' || el.name === 'script' || el.name === 'body' || el.name === 'html') return false;
  return tokensOf(el).some((t) => BYLINE_TOKENS.has(t));
}

export function collectSignals(doc: Document): PageSignals {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  let titleTag: string | null = null;
  const h1s: string[] = [];
  const jsonLd: string[] = [];
  const pubTimes: string[] = [];
  const times: string[] = [];
  const bylines: string[] = [];
  for (const el of elementsIn(doc)) {
    const a = el.attribs;
    if (el.name === 'meta') {
      const key = metaKey(el);
      const value = (a.content ?? a.value ?? '').trim();
      if (key && value && !meta.has(key)) meta.set(key, value);
    } else if (el.name === 'link' && canonical === null && /\bcanonical\b/i.test(a.rel ?? '') && a.href) canonical = a.href.trim();
    else if (el.name === 'html' && htmlLang === null && (a.lang ?? a['xml:lang'])) htmlLang = (a.lang ?? a['xml:lang'] ?? '').trim() || null;
    else if (el.name === 'title' && titleTag === null && el.parent && (el.parent as Element).name !== 'svg') titleTag = textOf(el, 500) || null;
    else if (el.name === 'h1' && h1s.length < 5) h1s.push(textOf(el, 500));
    else if (el.name === 'script' && /ld\+json/i.test(a.type ?? '') && jsonLd.length < 20) jsonLd.push(rawText(el, 500_000));
    if ((el.name === 'time' || a.itemprop === 'datePublished') && times.length + pubTimes.length < 50) {
      const value = (a.datetime ?? a.content ?? '').trim() || (el.name === 'time' ? textOf(el, 80) : '');
      if (value) (a.pubdate !== undefined || a.itemprop === 'datePublished' ? pubTimes : times).push(value);
    }
    if (bylines.length < 10 && isBylineElement(el)) {
      const text = a.content?.trim() || textOf(el, 300);
      if (text) bylines.push(text);
    }
  }
  return { meta, canonical, htmlLang, titleTag, h1s: h1s.filter(Boolean), jsonLd, times: [...pubTimes, ...times], bylines };
}
