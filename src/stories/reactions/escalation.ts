/**
 * The escalation series: per day, the story's events and their Goldstein weights (src/nlp/events
 * README "Intensity scale"). Conflict and cooperation are summed apart, so a day of strikes and a
 * day of truce talks do not cancel out in the escalation figure; the net sum is given beside them.
 */
import type { Event, Precision } from '../../model/index.ts';
import { sourceKey, type StoryArticle } from '../story-article.ts';
import { currentArticles } from '../story-article.ts';
import { sentenceAt, textKey } from './sentence-text.ts';
import type { EscalationDay, EscalationEvidence } from './types.ts';

/** Precisions that name a day. */
const DAY_OR_FINER: ReadonlySet<Precision> = new Set<Precision>(['day', 'hour', 'minute']);
const DAY = /^\d{4}-\d{2}-\d{2}(?![\d-])/;

interface Counted {
  readonly first: EscalationEvidence;
  readonly copies: EscalationEvidence['copies'][number][];
}

interface DayBucket {
  readonly counted: Counted[];
  readonly sources: Set<string>;
}

/** The day an event happened on, when its date names one (`2020-01-03`, `2020-01-03T07:05Z`); else null. */
export function eventDay(event: Pick<Event, 'date'>): string | null {
  if (!event.date || !DAY_OR_FINER.has(event.date.precision)) return null;
  const m = DAY.exec(event.date.value);
  return m ? m[0] : null;
}

export function escalationSeries(articles: readonly StoryArticle[]): EscalationDay[] {
  const days = new Map<string, DayBucket>();
  /** Copy group + sentence + trigger → the counted event it repeats. */
  const seen = new Map<string, Counted>();
  for (const article of currentArticles(articles)) {
    const { doc, annotations } = article;
    const copies = article.copyGroup ?? `doc:${doc.id}`;
    const ordinal = new Map<string, number>();
    for (const event of annotations.events) {
      const day = eventDay(event);
      if (day === null) continue;
      const sentence = sentenceAt(annotations.sentences, event.trigger.start, event);
      // The same event of a copy: same group, same sentence words, same trigger word and category
      // (the n-th such trigger of the sentence, for a sentence that repeats a word).
      const base = `${copies}\u0000${textKey(doc.text.slice(sentence.start, sentence.end))}\u0000${event.type}\u0000${textKey(doc.text.slice(event.trigger.start, event.trigger.end))}`;
      const n = ordinal.get(base) ?? 0;
      ordinal.set(base, n + 1);
      const key = `${base}\u0000${n}\u0000${day}`;
      const cite = { doc: doc.id, eventId: event.id, start: event.start, end: event.end };
      let bucket = days.get(day);
      if (!bucket) days.set(day, (bucket = { counted: [], sources: new Set() }));
      bucket.sources.add(sourceKey(article));
      const earlier = seen.get(key);
      if (earlier) {
        earlier.copies.push(cite);
        continue;
      }
      const counted: Counted = { first: { ...cite, type: event.type, intensity: event.intensity, copies: [] }, copies: [] };
      seen.set(key, counted);
      bucket.counted.push(counted);
    }
  }
  return [...days]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, b]) => {
      const scores = b.counted.map((c) => c.first.intensity);
      const conflict = scores.filter((x) => x < 0).reduce((s, x) => s - x, 0);
      const cooperation = scores.filter((x) => x > 0).reduce((s, x) => s + x, 0);
      return {
        date,
        events: b.counted.length,
        intensity: round(cooperation - conflict),
        conflict: round(conflict),
        cooperation: round(cooperation),
        conflictEvents: scores.filter((x) => x < 0).length,
        sources: b.sources.size,
        evidence: b.counted.map((c) => ({ ...c.first, copies: c.copies })),
      };
    });
}

/** Goldstein scores have one decimal (−7.2); sums are rounded to two to keep float noise out of the output. */
function round(x: number): number {
  return Math.round(x * 100) / 100 || 0;
}
