/**
 * Resolution of underspecified and relative dates against the anchor: the arithmetic behind
 * the rule tables. Without an anchor (or without the anchor's day, for day arithmetic) a value
 * keeps `X` for what it cannot know, or becomes PAST_REF / PRESENT_REF / FUTURE_REF as TimeML does.
 */
import type { TimexType } from '../../model/index.ts';
import { anchorDay } from './anchor.ts';
import {
  addDays, addMonths, dayNumber, formatDay, formatMonth, formatWeek, formatYear, isoWeekday, pad, quarterOf,
  type Ymd,
} from './calendar.ts';
import type { ResolveContext, Resolution } from './types.ts';

export function absolute(type: TimexType, value: string): Resolution {
  return { type, value, anchored: false };
}
export function anchored(type: TimexType, value: string): Resolution {
  return { type, value, anchored: true };
}

/** PAST_REF / PRESENT_REF / FUTURE_REF for a shift whose anchor is unknown. */
export function reference(sign: number): Resolution {
  return absolute('DATE', sign < 0 ? 'PAST_REF' : sign > 0 ? 'FUTURE_REF' : 'PRESENT_REF');
}

/**
 * A yearly date (a month and day, a holiday) without a year: the next one in a clause about the future,
 * else the nearest (Dec. 27 seen on Jan. 3 is last year's). Past-tense cues are everywhere in news
 * ("said") and pointed the wrong way more often than not here (TBAQ), so only a future cue overrides.
 */
const FAR_AHEAD_DAYS = 60;

export function resolveYearly(dateIn: (y: number) => Ymd, ctx: ResolveContext): Resolution {
  const day = anchorDay(ctx.anchor);
  if (!ctx.anchor) {
    const probe = dateIn(2001);
    return absolute('DATE', `XXXX-${pad(probe.m)}-${pad(probe.d)}`);
  }
  if (!day) return anchored('DATE', formatDay(dateIn(ctx.anchor.y)));
  const here = dayNumber(day);
  const candidates: [Ymd, Ymd, Ymd] = [dateIn(day.y), dateIn(day.y - 1), dateIn(day.y + 1)];
  const chronological = [candidates[1], candidates[0], candidates[2]];
  const direction = ctx.direction();
  const pastOne = [...chronological].reverse().find((c) => dayNumber(c) <= here) ?? candidates[0];
  let best = direction > 0
    ? (chronological.find((c) => dayNumber(c) >= here) ?? candidates[0])
    : nearest(candidates, (c) => Math.abs(dayNumber(c) - here));
  // a past cue still wins when the nearest date lies months ahead (`was last seen Nov. 3` in May)
  if (direction < 0 && dayNumber(best) - here > FAR_AHEAD_DAYS) best = pastOne;
  return anchored('DATE', formatDay(best));
}

export function resolveMonthDay(m: number, d: number, ctx: ResolveContext): Resolution {
  return resolveYearly((y) => ({ y, m, d }), ctx);
}

/** A month without a year, the same way at month granularity. */
export function resolveMonth(m: number, ctx: ResolveContext): Resolution {
  if (!ctx.anchor) return absolute('DATE', `XXXX-${pad(m)}`);
  const a = ctx.anchor;
  if (a.m === undefined) return anchored('DATE', formatMonth(a.y, m));
  const here = a.y * 12 + a.m;
  const candidates = [a.y - 1, a.y, a.y + 1];
  const direction = ctx.direction();
  let y = a.y;
  if (direction < 0) y = candidates.filter((c) => c * 12 + m <= here).pop() ?? a.y;
  else if (direction > 0) y = candidates.find((c) => c * 12 + m >= here) ?? a.y;
  else y = nearest([a.y, a.y - 1, a.y + 1], (c) => Math.abs(c * 12 + m - here));
  return anchored('DATE', formatMonth(y, m));
}

/** A bare weekday: the anchor's own day if it is that weekday, else the one before (past or no cue) or after (future). */
export function resolveWeekday(weekday: number, ctx: ResolveContext): Ymd | null {
  const day = anchorDay(ctx.anchor);
  if (!day) return null;
  const offset = weekday - isoWeekday(day);
  if (offset === 0) return day;
  if (ctx.direction() > 0) return addDays(day, offset > 0 ? offset : offset + 7);
  return addDays(day, offset < 0 ? offset : offset - 7);
}

/** A weekday relative to the anchor's week: `last Friday` (−1), `this Friday` (0), `next Friday` (+1). */
export function weekdayInWeek(weekday: number, weeks: number, ctx: ResolveContext): Ymd | null {
  const day = anchorDay(ctx.anchor);
  if (!day) return null;
  const offset = weekday - isoWeekday(day);
  if (weeks < 0) return addDays(day, offset < 0 ? offset : offset - 7);
  if (weeks > 0) return addDays(day, offset > 0 ? offset : offset + 7);
  return addDays(day, offset);
}

export type Granularity = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** The anchor moved by n units, written at that unit's granularity (`last week` → 2019-W52). */
export function shiftAnchor(unit: Granularity, n: number, ctx: ResolveContext): Resolution {
  const a = ctx.anchor;
  if (!a) return reference(n);
  const day = anchorDay(a);
  if (unit === 'day' || unit === 'week' || unit === 'weekend') {
    if (!day) return n === 0 ? reference(0) : reference(n);
    if (unit === 'day') return anchored('DATE', formatDay(addDays(day, n)));
    const week = formatWeek(addDays(day, 7 * n));
    return anchored('DATE', unit === 'weekend' ? `${week}-WE` : week);
  }
  if (unit === 'year') return anchored('DATE', formatYear(a.y + n));
  if (unit === 'decade') return anchored('DATE', String(Math.floor(a.y / 10) + n));
  if (unit === 'century') return anchored('DATE', pad(Math.floor(a.y / 100) + n, 2));
  if (a.m === undefined) return anchored('DATE', `${formatYear(a.y + Math.trunc(n / 12))}-XX`);
  if (unit === 'month') {
    const { y, m } = addMonths(a.y, a.m, n);
    return anchored('DATE', formatMonth(y, m));
  }
  if (unit === 'half') {
    const index = a.y * 2 + (a.m > 6 ? 1 : 0) + n;
    return anchored('DATE', `${formatYear(Math.floor(index / 2))}-H${(index % 2) + 1}`);
  }
  const index = a.y * 4 + quarterOf(a.m) - 1 + n;
  return anchored('DATE', `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`);
}

const SHAPES: readonly [RegExp, (m: RegExpExecArray, unit: Granularity, n: number) => string | null][] = [
  [/^(\d{4})-(\d\d)-(\d\d)/, (m, unit, n) => {
    const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (unit === 'day') return formatDay(addDays(day, n));
    if (unit === 'week') return formatDay(addDays(day, 7 * n));
    if (unit === 'month') {
      const { y, m: month } = addMonths(day.y, day.m, n);
      return formatMonth(y, month);
    }
    if (unit === 'year') return formatYear(day.y + n);
    return null;
  }],
  [/^(\d{4})-W(\d\d)$/, (m, unit, n) => (unit === 'week' ? formatWeek(addDays(mondayOfWeek(Number(m[1]), Number(m[2])), 7 * n)) : null)],
  [/^(\d{4})-(\d\d)$/, (m, unit, n) => {
    if (unit === 'month') {
      const { y, m: month } = addMonths(Number(m[1]), Number(m[2]), n);
      return formatMonth(y, month);
    }
    if (unit === 'year') return `${formatYear(Number(m[1]) + n)}-${m[2]}`;
    return null;
  }],
  [/^(\d{4})-Q([1-4])$/, (m, unit, n) => {
    const steps = unit === 'quarter' ? n : unit === 'year' ? 4 * n : null;
    if (steps === null) return null;
    const index = Number(m[1]) * 4 + Number(m[2]) - 1 + steps;
    return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
  }],
  [/^(\d{4})$/, (m, unit, n) => (unit === 'year' ? formatYear(Number(m[1]) + n) : null)],
];

function mondayOfWeek(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

/** A value (`1989-Q3`, `1998-08-07`) moved by n units, keeping its own granularity; null when the shapes do not fit. */
export function shiftValue(value: string, unit: Granularity, n: number): string | null {
  for (const [shape, shift] of SHAPES) {
    const match = shape.exec(value);
    if (match) return shift(match, unit, n);
  }
  return null;
}

/** The candidate at the smallest distance; the first one on a tie. */
function nearest<T>(candidates: readonly [T, ...T[]], distance: (c: T) => number): T {
  let best: T = candidates[0];
  for (const c of candidates) if (distance(c) < distance(best)) best = c;
  return best;
}
