/** Dates stated by a container (a JSON field, a WARC header) turned into DateValues. */
import type { DateValue } from '../model/index.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `2020-01-03` → day precision; `2020-01-03T07:05:00+01:00` → `2020-01-03T06:05Z` (minute);
 * a date-time without a zone keeps its wall-clock value without `Z` (the zone is unknown, not UTC).
 * Other strings go through Date.parse when it recognises them (RFC 2822 in feeds and WARC headers).
 */
export function parseStatedDate(input: string | undefined | null): DateValue | null {
  if (!input) return null;
  const text = input.trim();
  if (ISO_DATE.test(text)) return isRealDate(text) ? { value: text, precision: 'day' } : null;
  const m = ISO_DATE_TIME.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, zone] = m;
    const local = `${y}-${mo}-${d}T${h}:${mi}`;
    if (!isRealDate(`${y}-${mo}-${d}`)) return null;
    if (!zone) return { value: local, precision: 'minute' };
    return { value: toUtcMinute(new Date(`${local}:00${zone === 'Z' ? 'Z' : normaliseOffset(zone)}`)), precision: 'minute' };
  }
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed) || !/\d{4}/.test(text)) return null;
  const date = new Date(parsed);
  if (/\d{1,2}:\d{2}/.test(text)) return { value: toUtcMinute(date), precision: 'minute' };
  // Without a time, Date.parse reads the date at local midnight: take the local calendar date.
  const pad = (n: number) => String(n).padStart(2, '0');
  return { value: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, precision: 'day' };
}

function normaliseOffset(zone: string): string {
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function toUtcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}

function isRealDate(ymd: string): boolean {
  const date = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === ymd;
}
