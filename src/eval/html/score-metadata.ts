/**
 * Metadata accuracy on the trafilatura pages: title, author and date each compared with the gold
 * value where the gold is a non-empty string. Titles and authors match after Unicode NFKC, lower-casing
 * and whitespace collapsing; a date matches when the day part of our value equals the gold day.
 */
import type { HtmlExtraction } from '../../clean/html/index.ts';
import type { TrafilaturaPage } from './read-pages.ts';

export interface FieldAccuracy {
  readonly correct: number;
  readonly total: number;
}

export interface MetadataAccuracy {
  readonly title: FieldAccuracy;
  readonly author: FieldAccuracy;
  readonly date: FieldAccuracy;
}

export function normaliseField(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

function tally(pairs: readonly [string | null, string | null][]): FieldAccuracy {
  let correct = 0;
  let total = 0;
  for (const [gold, ours] of pairs) {
    if (gold === null || gold.trim() === '') continue;
    total++;
    if (ours !== null && normaliseField(ours) === normaliseField(gold)) correct++;
  }
  return { correct, total };
}

export function goldDay(date: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(date.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : date.trim();
}

export function scoreMetadata(pages: readonly TrafilaturaPage[], results: readonly HtmlExtraction[]): MetadataAccuracy {
  return {
    title: tally(pages.map((p, i) => [p.title, results[i]!.title])),
    author: tally(pages.map((p, i) => [p.author, results[i]!.author])),
    date: tally(pages.map((p, i) => [p.date === null ? null : goldDay(p.date), results[i]!.published?.value.slice(0, 10) ?? null])),
  };
}
