/**
 * Dates a scraped page states on a line of its own ("January 3, 2020", "03 January, 2020",
 * "2020-01-04 20:59", "Published: Fri 3 Jan 2020 10.05 GMT") as DateValues.
 * A time without a stated zone keeps its wall-clock value without `Z`; a stated zone is resolved to UTC.
 */
import type { DateValue } from '../../model/index.ts';
import { DATE_PREFIX_PATTERN as PREFIX, MONTHS, MONTH_PATTERN as MONTH, WEEKDAY_PATTERN as WEEKDAY, ZONE_OFFSETS } from './rules/dates.ts';

export interface StatedDate {
  readonly date: DateValue;
  /** The calendar day as written (before any zone conversion), to compare datelines. */
  readonly day: string;
  /** A zone was written but is not one we can resolve (kept as wall-clock time). */
  readonly unresolvedZone: string | null;
}

const TIME = '(?:,? (?:at )?(?<hour>\\d{1,2})[:.](?<minute>\\d{2})\\s?(?<ampm>[aApP]\\.?[mM]\\.?)?(?:\\s?(?<zone>[A-Z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}))?)?';
const FORMS: readonly RegExp[] = [
  new RegExp(`^${PREFIX}${WEEKDAY}(?<month>${MONTH}) (?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>\\d{4})${TIME}$`),
  new RegExp(`^${PREFIX}${WEEKDAY}(?<day>\\d{1,2})(?:st|nd|rd|th)? (?<month>${MONTH}),? (?<year>\\d{4})${TIME}$`),
  new RegExp(`^${PREFIX}(?<year>\\d{4})-(?<monthNumber>\\d{2})-(?<day>\\d{2})(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2})(?::\\d{2}(?:\\.\\d{1,6})?)?\\s?(?<zone>Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?$`),
  // European dotted form, day first (DW: "Date 03.01.2020"); slashed dates are ambiguous and not read.
  new RegExp(`^${PREFIX}(?<day>\\d{1,2})\\.(?<monthNumber>\\d{1,2})\\.(?<year>\\d{4})${TIME}$`),
];

/** The date a whole line states, or null when the line is anything more than a date. */
export function readDateline(line: string): StatedDate | null {
  if (line.length > 80) return null;
  for (const form of FORMS) {
    const groups = form.exec(line)?.groups;
    if (groups) return toStatedDate(groups);
  }
  return null;
}

function toStatedDate(g: Record<string, string | undefined>): StatedDate | null {
  const month = g.monthNumber !== undefined ? Number(g.monthNumber) : MONTHS[(g.month ?? '').replace('.', '').toLowerCase()];
  const year = Number(g.year);
  const dayOfMonth = Number(g.day);
  if (month === undefined || !isRealDate(year, month, dayOfMonth)) return null;
  const day = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
  if (g.hour === undefined || g.minute === undefined) return { date: { value: day, precision: 'day' }, day, unresolvedZone: null };
  const hour = to24Hour(Number(g.hour), g.ampm);
  const minute = Number(g.minute);
  if (hour === null || minute > 59) return { date: { value: day, precision: 'day' }, day, unresolvedZone: null };
  const local = `${day}T${pad(hour)}:${pad(minute)}`;
  const offset = g.zone === undefined ? null : zoneOffset(g.zone);
  if (g.zone === undefined || offset === null) {
    return { date: { value: local, precision: 'minute' }, day, unresolvedZone: g.zone ?? null };
  }
  const utc = new Date(Date.UTC(year, month - 1, dayOfMonth, hour, minute) - offset * 60_000);
  return { date: { value: `${utc.toISOString().slice(0, 16)}Z`, precision: 'minute' }, day, unresolvedZone: null };
}

function to24Hour(hour: number, ampm: string | undefined): number | null {
  if (ampm === undefined) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  const pm = ampm.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

/** Minutes east of UTC for `GMT`, `UTC+3`, `+0330`, `CET`; null when unknown or ambiguous. */
function zoneOffset(zone: string): number | null {
  const numeric = /^(?<name>[A-Z]{0,5})(?<sign>[+-])(?<h>\d{1,2}):?(?<m>\d{2})?$/.exec(zone)?.groups;
  if (numeric) {
    if (numeric.name !== '' && numeric.name !== 'UTC' && numeric.name !== 'GMT') return null;
    const minutes = Number(numeric.h) * 60 + Number(numeric.m ?? 0);
    return numeric.sign === '-' ? -minutes : minutes;
  }
  return ZONE_OFFSETS[zone] ?? null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
