/** Joins a clock time with the date next to it: `Friday at 1 a.m.`, `1 a.m. Friday` → one TIME on Friday's date. */

export interface Found {
  start: number;
  end: number;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  anchor: string | null;
  clock?: string;
  /** Name of the rule that found it (for error analysis). */
  rule: string;
}

const JOINER = /^(?:,?\s+(?:on\s+|at\s+|around\s+|about\s+)?|\s+)$/;
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d\d|XX|WXX)-(?:\d\d|XX|\d)$/;

function canTakeClock(found: Found): boolean {
  return found.type === 'DATE' && found.clock === undefined && DAY_VALUE.test(found.value);
}

/** Merges each clock time into an adjacent day-precision date, in place order; returns the new list. */
export function mergeClockWithDate(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const current of found) {
    const previous = out[out.length - 1];
    if (previous && JOINER.test(text.slice(previous.end, current.start))) {
      const clockFirst = previous.clock !== undefined && canTakeClock(current);
      const dateFirst = current.clock !== undefined && canTakeClock(previous);
      if (clockFirst || dateFirst) {
        const date = clockFirst ? current : previous;
        const clock = (clockFirst ? previous : current).clock!;
        out[out.length - 1] = { start: previous.start, end: current.end, type: 'TIME', value: `${date.value}${clock}`, anchor: date.anchor ?? previous.anchor ?? current.anchor, rule: `${previous.rule}+${current.rule}` };
        continue;
      }
    }
    out.push({ ...current });
  }
  return out;
}
