/**
 * The publication date, from the most to the least explicit source: JSON-LD datePublished (article
 * objects first), publication meta tags, <time datetime>/itemprop=datePublished, a date in the URL
 * path (/2019/11/19/, 2019-11-19), then a visible dateline near the top of the page text. A stated
 * time with an offset becomes UTC minutes; a bare date stays at day precision.
 */
import type { DateValue } from '../../model/index.ts';
import { parseStatedDate } from '../dates.ts';
import { firstString } from './json-ld.ts';
import type { JsonObject } from './json-ld.ts';
import { JSONLD_PUBLISHED, PUBLISHED_META } from './metadata-keys.ts';
import { MONTH_ALTERNATION, MONTHS } from './month-names.ts';
import type { PageSignals } from './page-signals.ts';

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/._-]|$)/;
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[/_.-]/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\.?\\s{0,3}(${MONTH_ALTERNATION})\\.?,?\\s{1,3}((?:19|20)\\d{2})\\b`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALTERNATION})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}((?:19|20)\\d{2})\\b`, 'iu');
const NUMERIC_DMY = /\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})\b/;
const ISO_IN_TEXT = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
/** How much of the page text a dateline is looked for in. */
const DATELINE_WINDOW = 4000;

function day(y: string | number, m: string | number, d: string | number): DateValue | null {
  const pad = (n: string | number) => String(n).padStart(2, '0');
  return parseStatedDate(`${y}-${pad(m)}-${pad(d)}`);
}

function stated(raw: string | null | undefined): DateValue | null {
  if (!raw) return null;
  const text = raw.trim().slice(0, 80);
  // compact ISO with offset without colon, or seconds fractions, are handled by parseStatedDate
  const value = parseStatedDate(text) ?? parseStatedDate(text.replace(/^(\d{4}-\d{2}-\d{2})[T ].*$/, '$1'));
  return value && plausible(value) ? value : null;
}

function plausible(value: DateValue): boolean {
  const year = Number(value.value.slice(0, 4));
  return year >= 1990 && year <= 2100;
}

export function dateFromUrl(url: string | null | undefined): DateValue | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  return m ? day(m[1]!, m[2]!, m[3]!) : null;
}

export function dateFromText(text: string): DateValue | null {
  const window = text.slice(0, DATELINE_WINDOW);
  const hits: { at: number; value: DateValue | null }[] = [];
  const dmy = DAY_MONTH_YEAR.exec(window);
  if (dmy) hits.push({ at: dmy.index, value: day(dmy[3]!, MONTHS.get(dmy[2]!.toLowerCase()) ?? 0, dmy[1]!) });
  const mdy = MONTH_DAY_YEAR.exec(window);
  if (mdy) hits.push({ at: mdy.index, value: day(mdy[3]!, MONTHS.get(mdy[1]!.toLowerCase()) ?? 0, mdy[2]!) });
  const num = NUMERIC_DMY.exec(window);
  if (num) hits.push({ at: num.index, value: day(num[3]!, num[2]!, num[1]!) });
  const iso = ISO_IN_TEXT.exec(window);
  if (iso) hits.push({ at: iso.index, value: day(iso[1]!, iso[2]!, iso[3]!) });
  hits.sort((a, b) => a.at - b.at);
  return hits.find((h) => h.value !== null && plausible(h.value))?.value ?? null;
}

export function publishedDate(signals: PageSignals, ld: readonly JsonObject[], url: string | null, pageText: () => string): DateValue | null {
  for (const path of JSONLD_PUBLISHED.slice(0, 3)) {
    const value = stated(firstString(ld, path));
    if (value) return value;
  }
  for (const key of PUBLISHED_META.slice(0, -6)) {
    const value = stated(signals.meta.get(key));
    if (value) return value;
  }
  for (const t of signals.times) {
    const value = stated(t) ?? dateFromText(t);
    if (value) return value;
  }
  const fromUrl = dateFromUrl(url);
  if (fromUrl) return fromUrl;
  const fromText = dateFromText(pageText());
  if (fromText) return fromText;
  for (const key of PUBLISHED_META.slice(-6)) {
    const value = stated(signals.meta.get(key));
    if (value) return value;
  }
  return stated(firstString(ld, JSONLD_PUBLISHED[3]!));
}
