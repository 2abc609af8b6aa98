/**
 * Wall-clock ↔ UTC through Intl (Node ships full ICU), DST-correct. A clock is made per call
 * (formatters are costly to build, ~0.1 ms), never cached at module level.
 */

export interface ZoneClock {
  readonly zone: string;
  /** The zone's offset from UTC in minutes at an instant (minutes since the epoch). */
  offsetAt(utcMinutes: number): number;
}

export function makeZoneClock(zone: string): ZoneClock {
  if (zone === 'UTC') return { zone, offsetAt: () => 0 };
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  return {
    zone,
    offsetAt(utcMinutes: number): number {
      const name = format.formatToParts(new Date(utcMinutes * 60_000)).find((p) => p.type === 'timeZoneName')?.value ?? '';
      const m = /([+-])(\d{2}):?(\d{2})?/.exec(name);
      if (!m) return 0; // 'GMT' alone means +00:00
      return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
    },
  };
}

/**
 * UTC minutes since the epoch of a wall-clock time: `day` is days since the epoch of the local
 * date, `wallMinutes` the minutes after local midnight. In a gap (spring forward) the time is read
 * with the offset before the change; in a fold (fall back) the first occurrence is taken.
 */
export function wallToUtc(clock: ZoneClock, day: number, wallMinutes: number): number {
  const wall = day * 1440 + wallMinutes;
  const before = clock.offsetAt(wall - 720);
  const after = clock.offsetAt(wall + 720);
  const valid = [before, after].map((offset) => wall - offset).filter((utc) => wall - clock.offsetAt(utc) === utc);
  return valid.length > 0 ? Math.min(...valid) : wall - before;
}

/** `2020-01-03T07:05Z` for UTC minutes since the epoch. */
export function formatUtcMinute(utcMinutes: number): string {
  return `${new Date(utcMinutes * 60_000).toISOString().slice(0, 16)}Z`;
}

/** Days since the epoch of an ISO calendar date `YYYY-MM-DD`. */
export function dayOfIsoDate(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}
