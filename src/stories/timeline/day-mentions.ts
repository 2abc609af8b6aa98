/**
 * Which day each sentence talks about, from Storyline's own time expressions (never HeidelTime's, and
 * not the publication date alone): the first DATE/TIME timex in the sentence whose value names a day.
 */
import type { Sentence, Timex } from '../../model/index.ts';

const DAY = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/** The day a timex value names (`2010-04-20`, `2010-04-20T21:45`), or null for weeks, months, durations, refs. */
export function dayOf(timex: Pick<Timex, 'type' | 'value'>): string | null {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return null;
  const m = DAY.exec(timex.value);
  return m ? (m[1] as string) : null;
}

/** For every sentence (by index), the first day named inside it, or null. Timexes are matched by start offset. */
export function sentenceDays(sentences: readonly Sentence[], timexes: readonly Timex[]): (string | null)[] {
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  const out: (string | null)[] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < sorted.length && (sorted[t] as Timex).start < s.start) t++;
    let day: string | null = null;
    for (let k = t; k < sorted.length && (sorted[k] as Timex).start < s.end; k++) {
      day = dayOf(sorted[k] as Timex);
      if (day !== null) break;
    }
    out.push(day);
  }
  return out;
}
