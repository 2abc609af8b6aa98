/** The reference point relative expressions resolve against: parsed from a TimeML/ISO value. */
import type { Ymd } from './calendar.ts';

export interface Anchor {
  /** The value as given (`2020-01-03T07:05Z`), stored on every Timex resolved against it. */
  readonly value: string;
  readonly y: number;
  /** Absent when the anchor only states a year. */
  readonly m?: number;
  /** Absent when the anchor states no day: day-relative expressions then stay underspecified. */
  readonly d?: number;
  readonly hour?: number;
  readonly minute?: number;
}

const ANCHOR = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?/;

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS][zone]`; null for anything else. */
export function parseAnchor(value: string | null | undefined): Anchor | null {
  if (!value) return null;
  const match = ANCHOR.exec(value.trim());
  if (!match) return null;
  const [, y, m, d, hour, minute] = match;
  return {
    value: value.trim(),
    y: Number(y),
    ...(m !== undefined ? { m: Number(m) } : {}),
    ...(d !== undefined ? { d: Number(d) } : {}),
    ...(hour !== undefined ? { hour: Number(hour), minute: Number(minute) } : {}),
  };
}

/** The anchor's date when it states a day. */
export function anchorDay(anchor: Anchor | null): Ymd | null {
  if (!anchor || anchor.m === undefined || anchor.d === undefined) return null;
  return { y: anchor.y, m: anchor.m, d: anchor.d };
}
