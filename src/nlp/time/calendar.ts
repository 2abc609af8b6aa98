/** Proleptic Gregorian day arithmetic in UTC, ISO weeks, and the TimeML spelling of dates. */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(date: Ymd): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: Ymd): number {
  const js = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return js === 0 ? 7 : js;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(date: Ymd): { readonly year: number; readonly week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const firstOfYear = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - firstOfYear) / 7) + 1 };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Month arithmetic: (y, m) plus n months. */
export function addMonths(y: number, m: number, n: number): { readonly y: number; readonly m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** The n-th (1-based; −1 = last) given ISO weekday of a month. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const offset = (weekday - isoWeekday(first) + 7) % 7;
    return { y, m, d: 1 + offset + (n - 1) * 7 };
  }
  const last = { y, m, d: daysInMonth(y, m) };
  const back = (isoWeekday(last) - weekday + 7) % 7;
  return { y, m, d: last.d - back };
}

/** Western Easter Sunday (the Gregorian computus, after Gauss/Meeus). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = ((h + l - 7 * mm + 114) % 31) + 1;
  return { y, m: month, d: day };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatYear(y: number): string {
  return pad(y, 4);
}
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}
export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}
