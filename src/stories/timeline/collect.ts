/** Reads the articles once: every sentence with its day (from timexes), its words, and where it may serve. */
import { citedSpan } from '../cited-span.ts';
import type { AnnotatedArticle, TimelineOptions } from './types.ts';
import { sentenceDays } from './day-mentions.ts';
import { contentWords } from './content-words.ts';
import type { TimelineTuning } from './defaults.ts';

export interface CollectedSentence {
  readonly doc: string;
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** The sentence, spaces collapsed; empty where it cannot be printed (see `collectSentences`). */
  readonly text: string;
  readonly words: readonly string[];
  /** The day a timex in it names, or null. */
  readonly day: string | null;
  /** Publication day of its article. */
  readonly published: string | null;
  /** Index of the sentence in its article. */
  readonly index: number;
}


/**
 * `printable`: the first this many sentences of an article may stand for its publication day
 * (`pubSentences`); they, and every sentence that names a day, get their `text`. The others only count
 * (their words weigh every term and make the collection's centroid) and keep an empty text: spacing
 * out every sentence cost ≈ 0.25 ms of the stage's 2–3 ms a bench story.
 */
export function collectSentences(articles: readonly AnnotatedArticle[], printable: number): CollectedSentence[] {
  const out: CollectedSentence[] = [];
  for (const { doc, annotations } of articles) {
    const days = sentenceDays(annotations.sentences, annotations.timexes);
    const published = doc.published && doc.published.value.length >= 10 ? doc.published.value.slice(0, 10) : null;
    annotations.sentences.forEach((sentence, index) => {
      const s = citedSpan(doc, sentence);
      const raw = doc.text.slice(s.start, s.end);
      const day = days[index] ?? null;
      // spacing never changes the words (runs of letters and digits), so they come from the raw span
      const text = day !== null || index < printable ? raw.replace(/\s+/g, ' ').trim() : '';
      out.push({ doc: doc.id, source: doc.source ?? doc.id, start: s.start, end: s.end, text, words: contentWords(raw), day, published, index });
    });
  }
  return out;
}

export function inWindow(day: string, options: Pick<TimelineOptions, 'window'>): boolean {
  return !options.window || (day >= options.window.start && day <= options.window.end);
}

/** May this sentence be printed in a timeline? (Lead position, length, the topic keywords.) */
export function isCandidate(s: CollectedSentence, options: TimelineOptions, tuning: TimelineTuning): boolean {
  if (s.index >= tuning.leadSentences) return false;
  const n = s.text.split(' ').length;
  if (n < tuning.minWords || n > tuning.maxWords) return false;
  if (options.keywords && options.keywords.length > 0) {
    const lower = s.text.toLowerCase();
    if (!options.keywords.some((k) => lower.includes(k.toLowerCase()))) return false;
  }
  return true;
}
