/**
 * Timeline summarisation, DATEWISE-style (Ghalandari & Ifrim, ACL 2020): rank days by how many articles
 * date something to them (Storyline's own time expressions, never publication dates alone), take the
 * top N, and for each pick up to K sentences by centrality among what is said about that day, skipping
 * repeats. A pure function over annotated articles: the caller annotates (src/nlp) and reads files.
 */
import { collectSentences, inWindow, isCandidate, type CollectedSentence } from './collect.ts';
import { TIMELINE_DEFAULTS, type TimelineTuning } from './defaults.ts';
import { centroid, dot, fitIdf, vectorize, type Vector } from '../sparse-vectors.ts';
import type { AnnotatedArticle, TimelineItem, TimelineOptions } from './types.ts';

export type { AnnotatedArticle, TimelineItem, TimelineOptions, TimelineSentence } from './types.ts';
export { TIMELINE_DEFAULTS, type TimelineTuning } from './defaults.ts';
export { dayOf, sentenceDays } from './day-mentions.ts';
export { trimDateline } from '../cited-span.ts';
export { toTimelineRecords, type TimelineRecord } from './export.ts';

interface DayBucket {
  /** Sentences that name the day. */
  readonly mentions: CollectedSentence[];
  /** Lead sentences without a day of their own, of articles published that day. */
  readonly published: CollectedSentence[];
}

function bucketsByDay(sentences: readonly CollectedSentence[], options: TimelineOptions, tuning: TimelineTuning): Map<string, DayBucket> {
  const days = new Map<string, DayBucket>();
  const bucket = (d: string): DayBucket => {
    let b = days.get(d);
    if (!b) days.set(d, (b = { mentions: [], published: [] }));
    return b;
  };
  for (const s of sentences) {
    if (s.day !== null && inWindow(s.day, options)) bucket(s.day).mentions.push(s);
    else if (s.day === null && s.published !== null && s.index < tuning.pubSentences && inWindow(s.published, options)) bucket(s.published).published.push(s);
  }
  return days;
}

/** How important a day is: the votes of the articles (or sentences) that name it. */
function dayScore(b: DayBucket, tuning: TimelineTuning): number {
  const weight = (s: CollectedSentence): number => {
    if (s.published === null || s.day === null) return 1;
    if (s.day === s.published) return tuning.sameDayWeight;
    return s.day > s.published ? tuning.futureWeight : 1;
  };
  if (!tuning.articleVotes) return b.mentions.reduce((a, s) => a + weight(s), 0);
  const best = new Map<string, number>();
  for (const s of b.mentions) best.set(s.doc, Math.max(best.get(s.doc) ?? 0, weight(s)));
  return [...best.values()].reduce((a, x) => a + x, 0);
}

export function buildTimeline(articles: readonly AnnotatedArticle[], options: TimelineOptions, tuning: TimelineTuning = { ...TIMELINE_DEFAULTS }): TimelineItem[] {
  if (options.maxDates <= 0 || options.perDate <= 0) return [];
  const sentences = collectSentences(articles, tuning.pubSentences);
  const idf = fitIdf(sentences.map((s) => s.words));
  const vectors = new Map<CollectedSentence, Vector>();
  const vectorOf = (s: CollectedSentence): Vector => {
    let v = vectors.get(s);
    if (!v) vectors.set(s, (v = vectorize(s.words, idf)));
    return v;
  };
  const days = bucketsByDay(sentences, options, tuning);
  const scores = new Map([...days].map(([d, b]) => [d, dayScore(b, tuning)]));
  const ranked = [...days.keys()].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (a < b ? -1 : 1));
  const topic = tuning.topicWeight > 0 ? centroid(sentences.map(vectorOf)) : new Map<string, number>();

  const eventsOf = new Map(articles.map((a) => [a.doc.id, a.annotations.events]));
  const chosen: Vector[] = [];
  const items: TimelineItem[] = [];
  for (const day of ranked) {
    if (items.length >= options.maxDates) break;
    const b = days.get(day) as DayBucket;
    const pool = [...b.mentions, ...b.published].filter((s) => isCandidate(s, options, tuning));
    if (b.mentions.length === 0 || pool.length === 0) continue; // a day must be named by some article, not only be a publication day
    // Centrality: the day's centroid over everything said about it, plus the collection's own centroid.
    const centre = centroid([...b.mentions, ...b.published].map(vectorOf));
    const scored = pool
      .map((s) => ({ s, v: vectorOf(s), score: dot(vectorOf(s), centre) + tuning.topicWeight * dot(vectorOf(s), topic) }))
      .sort((x, y) => y.score - x.score);
    const picked: CollectedSentence[] = [];
    for (const { s, v } of scored) {
      if (picked.length >= options.perDate) break;
      if (picked.some((p) => p.text === s.text) || chosen.some((c) => dot(c, v) > tuning.maxSimilarity)) continue;
      picked.push(s);
      chosen.push(v);
    }
    if (picked.length === 0) continue;
    const events = picked.flatMap((s) =>
      (eventsOf.get(s.doc) ?? []).filter((e) => e.start < s.end && e.end > s.start).map((e) => ({ doc: s.doc, id: e.id })),
    );
    const sameAs = (s: CollectedSentence) =>
      b.mentions
        .filter((o) => o.doc !== s.doc && dot(vectorOf(o), vectorOf(s)) >= tuning.sameSentence)
        .map((o) => ({ doc: o.doc, start: o.start, end: o.end }));
    items.push({
      date: day,
      sentences: picked.map((s) => ({ doc: s.doc, start: s.start, end: s.end, text: s.text, alsoIn: sameAs(s) })),
      sources: new Set(b.mentions.map((s) => options.copyGroups?.get(s.doc) ?? s.source)).size,
      mentions: b.mentions.length,
      events,
    });
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
