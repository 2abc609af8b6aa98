/**
 * Story summary: an extractive, multi-source summary in which every sentence is a sentence of some
 * article, cited where it appears, counted by independent sources, with its quotes attributed, and no
 * sentence said twice in other words (README.md). A pure function over the story's annotated articles.
 */
import type { StoryArticle } from '../story-article.ts';
import { collectSentences, type CollectedSentence } from './collect.ts';
import { currentArticles } from '../story-article.ts';
import { groupCopies } from './copies.ts';
import { SUMMARY_DEFAULTS, type SummaryTuning } from './defaults.ts';
import { compareReading } from './order.ts';
import { scoreCandidates, selectCandidates, type Candidate } from './select.ts';
import type { StorySummary, SummaryOptions, SummarySentence } from './types.ts';
import { centroid, fitIdf, vectorize, type Vector } from '../sparse-vectors.ts';

export type { QuoteAttribution, StorySummary, SummaryCitation, SummaryOptions, SummaryQuote, SummarySentence } from './types.ts';
export { SUMMARY_DEFAULTS, type SummaryTuning } from './defaults.ts';
export { attributeQuotes, speakerName, type AttributedText } from './attribute.ts';
export { contentWords, stem } from './terms.ts';

function checkOptions(options: SummaryOptions): void {
  if (!Number.isInteger(options.maxSentences) || options.maxSentences < 0) {
    throw new TypeError(`Expected \`maxSentences\` to be an integer from 0 up, got ${String(options.maxSentences)}`);
  }
  if (options.maxChars !== undefined && !(options.maxChars >= 0)) {
    throw new TypeError(`Expected \`maxChars\` to be a number from 0 up or left out, got ${String(options.maxChars)}`);
  }
}

/**
 * The story's centre: each article's own centroid, weighted so that each independent source counts
 * once (a 245-sentence live blog or five copies of one wire story do not outvote the others).
 */
function storyCentroid(sentences: readonly CollectedSentence[], vectorOf: (s: CollectedSentence) => Vector): Vector {
  const byArticle = new Map<number, CollectedSentence[]>();
  for (const s of sentences) {
    let list = byArticle.get(s.order);
    if (!list) byArticle.set(s.order, (list = []));
    list.push(s);
  }
  const perSource = new Map<string, number>();
  for (const list of byArticle.values()) perSource.set((list[0] as CollectedSentence).source, (perSource.get((list[0] as CollectedSentence).source) ?? 0) + 1);
  const lists = [...byArticle.values()];
  return centroid(
    lists.map((list) => centroid(list.map(vectorOf))),
    lists.map((list) => 1 / (perSource.get((list[0] as CollectedSentence).source) ?? 1)),
  );
}

function toSentence(c: Candidate): SummarySentence {
  const others = c.unit.members.filter((m) => m !== c.printed);
  const citations = [c.printed, ...others].map((m) => ({ doc: m.article.doc.id, start: m.start, end: m.end }));
  const quote = c.attributed.quote;
  const { doc } = c.printed.article;
  const verbatim = c.attributed.text === doc.text.slice(c.printed.start, c.printed.end).replace(/\s+/g, ' ').trim();
  return { text: c.attributed.text, verbatim, citations, sources: c.unit.sources, date: c.printed.date, ...(quote ? { quote } : {}) };
}

export function summariseStory(articles: readonly StoryArticle[], options: SummaryOptions, tuning: SummaryTuning = { ...SUMMARY_DEFAULTS }): StorySummary {
  checkOptions(options);
  if (options.maxSentences === 0) return { sentences: [] };
  const sentences = collectSentences(currentArticles(articles));
  if (sentences.length === 0) return { sentences: [] };
  const idf = fitIdf(sentences.map((s) => s.terms));
  const vectors = new Map<CollectedSentence, Vector>();
  const vectorOf = (s: CollectedSentence): Vector => {
    let v = vectors.get(s);
    if (!v) vectors.set(s, (v = vectorize(s.terms, idf)));
    return v;
  };
  const units = groupCopies(sentences, tuning.copyJaccard);
  const candidates = scoreCandidates(units, vectorOf, storyCentroid(sentences, vectorOf), tuning);
  const chosen = selectCandidates(candidates, options, tuning);
  chosen.sort((a, b) => compareReading(a.printed, b.printed));
  return { sentences: chosen.map(toSentence) };
}
