/**
 * The date a live blog's labels hang on, from the document's published value.
 *
 * Rule (documented in README.md):
 * - published at day precision (`2020-01-03`): the OLDEST entry falls on that date, in its own
 *   label frame. Pages date a live blog by when it started (DW's dateline, the Guardian's
 *   "first published"), and later entries roll forward past midnight from there.
 * - published with a time (`2020-01-04T03:30Z`): that instant may be the first publication or the
 *   last update, so the blog is placed on the day that puts the instant nearest to (ideally
 *   inside) the span from oldest to newest entry; on a tie, the oldest entry on the instant's date.
 * - coarser than a day, or unreadable: no anchor (problem `no-anchor-date`).
 */
import type { DateValue } from '../../model/index.ts';
import { dayOfIsoDate, wallToUtc, type ZoneClock } from './zone-clock.ts';

export type Anchor = { readonly kind: 'day'; readonly day: number } | { readonly kind: 'instant'; readonly utcMinutes: number };

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}

/** The anchor of a published value; a time without an offset is read in `clock`'s zone (UTC without one). */
export function readAnchor(published: DateValue | null, clock: ZoneClock | null): Anchor | null {
  if (published === null) return null;
  const m = DATE_TIME.exec(published.value.trim());
  if (!m || !['day', 'hour', 'minute'].includes(published.precision)) return null;
  const day = dayOfIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (Number.isNaN(day) || Number(m[2]) > 12 || Number(m[3]) > 31) return null;
  if (published.precision === 'day' || m[4] === undefined) return { kind: 'day', day };
  const wallMinutes = Number(m[4]) * 60 + Number(m[5] ?? 0);
  if (m[6] !== undefined) return { kind: 'instant', utcMinutes: day * 1440 + wallMinutes - offsetMinutes(m[6]) };
  return { kind: 'instant', utcMinutes: clock ? wallToUtc(clock, day, wallMinutes) : day * 1440 + wallMinutes };
}

/** Distance in minutes from an instant to the span [oldest, newest]; 0 inside it. */
export function distanceToSpan(instant: number, oldest: number, newest: number): number {
  return Math.max(0, oldest - instant, instant - newest);
}
