/**
 * Reads the story once: the articles that stand (an older version gives way to its newer one), and
 * every sentence with its printable span, terms, lead position and date.
 */
import type { Entity, Mention, Passage, PassageKind } from '../../model/index.ts';
import { sourceKey, type StoryArticle } from '../story-article.ts';
import { citedSpan } from '../cited-span.ts';
import { sentenceTerms, termShingles } from './terms.ts';

export interface CollectedSentence {
  readonly article: StoryArticle;
  /** Index of the article among the standing ones (input order). */
  readonly order: number;
  /** `sourceKey` of the article: copies of one text count once. */
  readonly source: string;
  /** The printable span: the sentence less any dateline or live-blog time label in front. */
  readonly start: number;
  readonly end: number;
  /** Index of the sentence in its article. */
  readonly index: number;
  /** Index inside its lead unit: the live-blog entry it opens, else the article (headlines not counted). */
  readonly position: number;
  readonly passageKind: PassageKind | null;
  readonly terms: readonly string[];
  readonly termSet: ReadonlySet<string>;
  /** Consecutive term pairs, for telling copies (same order) from paraphrases. */
  readonly shingles: ReadonlySet<string>;
  /** ISO date or date-time for ordering; null when nothing dates it. */
  readonly date: string | null;
}

function passageAt(passages: readonly Passage[], offset: number): Passage | undefined {
  return passages.find((p) => p.start <= offset && offset < p.end);
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** What the sentence reports happened when: an event dated by the text, else its live-blog entry's time, else publication. */
function sentenceDate(article: StoryArticle, start: number, end: number, passage: Passage | undefined): string | null {
  const events = article.annotations.events.filter((e) => e.start < end && e.end > start && e.date && DAY.test(e.date.value));
  const told = events.find((e) => e.date?.from === 'timex');
  if (told?.date) return told.date.value;
  if (passage?.time) return passage.time;
  const anchored = events.find((e) => e.date?.from === 'anchor');
  if (anchored?.date) return anchored.date.value;
  return article.doc.published?.value ?? null;
}

export function collectSentences(articles: readonly StoryArticle[]): CollectedSentence[] {
  const out: CollectedSentence[] = [];
  articles.forEach((article, order) => {
    const { doc, annotations } = article;
    const entities = new Map<string, Entity>(annotations.entities.map((e) => [e.id, e]));
    const mentions = [...annotations.mentions].sort((a, b) => a.start - b.start);
    const perEntry = new Map<string, number>();
    let inDoc = 0;
    let m = 0; // mentions before the current sentence are skipped once (both lists are in text order)
    annotations.sentences.forEach((sentence, index) => {
      while (m < mentions.length && (mentions[m] as Mention).end <= sentence.start) m++;
      let upTo = m;
      while (upTo < mentions.length && (mentions[upTo] as Mention).start < sentence.end) upTo++;
      const passage = passageAt(doc.passages, sentence.start);
      const { start, end } = citedSpan(doc, sentence);
      let position: number;
      if (passage?.kind === 'liveblog_entry') {
        position = perEntry.get(passage.id) ?? 0;
        perEntry.set(passage.id, position + 1);
      } else position = passage?.kind === 'headline' ? 0 : inDoc++;
      const terms = sentenceTerms(doc.text, start, end, mentions.slice(m, upTo), entities);
      out.push({
        article, order, source: sourceKey(article), start, end, index, position,
        passageKind: passage?.kind ?? null, terms, termSet: new Set(terms), shingles: termShingles(terms), date: sentenceDate(article, start, end, passage),
      });
    });
  });
  return out;
}
