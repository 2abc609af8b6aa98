/**
 * Tuning of the DATEWISE-like generator, chosen on T17 (development data; the measurements are in
 * README.md). news-tls's DATEWISE defaults were the start (clip_sents=5, pub_end=2, mention counts).
 */
export const TIMELINE_DEFAULTS = {
  /** Only the first this many sentences of an article may be printed. news-tls clips at 5; no clip measured better on T17. */
  leadSentences: 1000,
  /** The first this many sentences of an article without a day of their own stand for its publication day. */
  pubSentences: 2,
  /** Printed sentences shorter or longer than this many words are skipped (headline fragments, run-on captions). */
  minWords: 6,
  maxWords: 60,
  /** A candidate whose TF-IDF cosine with an already chosen sentence (of any date) exceeds this is a repeat. */
  maxSimilarity: 0.3,
  /** 1: a day's importance counts distinct articles naming it (one vote each); 0: sentences. */
  articleVotes: 1,
  /** Vote of an article naming its own publication day (retrospective mentions weigh 1). */
  sameDayWeight: 0.75,
  /** Vote of an article naming a day after its publication (announced, planned). */
  futureWeight: 0.5,
  /** Sentence score = cos(day centroid) + this × cos(centroid of the whole collection). */
  topicWeight: 0.5,
  /**
   * Another document's sentence about the same day whose cosine with a printed one reaches this says the
   * same thing: it is cited beside it (a wire copy, a version, a rewrite that kept the words).
   */
  sameSentence: 0.6,
} as const;

export type TimelineTuning = { -readonly [K in keyof typeof TIMELINE_DEFAULTS]: number };
