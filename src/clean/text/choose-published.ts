/**
 * The publication date from what the text states: a leading `date YYYY-MM-DD` prefix and the header
 * datelines. The first stated day wins; a later statement of the same day refines its precision
 * ("2020-01-04" + "2020-01-04 20:59" → minute). A different day is a problem, not a silent choice.
 */
import type { DateValue, Problem } from '../../model/index.ts';
import { problem } from '../../model/index.ts';
import type { StatedDate } from './read-dateline.ts';

const PRECISION_RANK: Readonly<Record<string, number>> = { year: 0, month: 1, week: 2, day: 3, hour: 4, minute: 5 };

export interface PublishedChoice {
  readonly published: DateValue | null;
  readonly problems: readonly Problem[];
}

export function choosePublished(stated: readonly StatedDate[]): PublishedChoice {
  const first = stated[0];
  if (first === undefined) return { published: null, problems: [] };
  const problems: Problem[] = [];
  let best = first;
  for (const candidate of stated.slice(1)) {
    if (candidate.day !== first.day) {
      problems.push(problem('clean.text', 'conflicting-dates', `the text states ${first.day} and also ${candidate.day}; kept ${first.day}`, undefined, false));
    } else if (rank(candidate) > rank(best)) {
      best = candidate;
    }
  }
  if (best.unresolvedZone !== null) {
    problems.push(problem('clean.text', 'zone-unresolved', `time zone "${best.unresolvedZone}" is unknown or ambiguous; kept the wall-clock time without a zone`, undefined, false));
  }
  return { published: best.date, problems };
}

function rank(stated: StatedDate): number {
  return PRECISION_RANK[stated.date.precision] ?? 0;
}
