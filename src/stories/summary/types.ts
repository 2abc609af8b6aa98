/** Input options and output of the summary stage (plain data; the CLI formats it). */

export interface SummaryOptions {
  /** At most this many sentences (an integer ≥ 0). */
  readonly maxSentences: number;
  /** At most this many characters in all, counting one space between sentences (the printed text, attributions included). */
  readonly maxChars?: number;
}

/** `[start, end)` in UTF-16 units of the document's text. */
export interface SummaryCitation {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

/**
 * How the speaker of a quote in the sentence is made known to the reader: the sentence names them
 * (`in-sentence`), a pronoun speaker (`he added`) was replaced by the resolved name (`pronoun`), or the
 * attribution sat in another sentence and `NAME said: ` was put in front (`prefixed`).
 */
export type QuoteAttribution = 'in-sentence' | 'pronoun' | 'prefixed';

export interface SummaryQuote {
  /** The name the summary uses for the speaker; null when the quote has no speaker record but the sentence names someone. */
  readonly speaker: string | null;
  /** Document-local quote id (annotations.quotes) and its document. */
  readonly id: string;
  readonly doc: string;
  readonly attribution: QuoteAttribution;
}

export interface SummarySentence {
  /**
   * The sentence as printed: the text of the first citation with whitespace collapsed, plus any edit
   * that attributes a quote (a `NAME said: ` prefix, a pronoun replaced, a quote mark restored).
   */
  readonly text: string;
  /** True when `text` is the first citation's span as it stands (whitespace collapsed); false after an attribution edit. */
  readonly verbatim: boolean;
  /** First: the span printed. Then the same sentence (near-identical) in other articles. */
  readonly citations: readonly SummaryCitation[];
  /** Independent sources among the citations (`sourceKey`: copies of one text count once). */
  readonly sources: number;
  /** The day (or finer) the sentence is placed on: its event's date, its live-blog entry time, or publication; null when unknown. */
  readonly date: string | null;
  /** When the sentence carries a quote: whose, and how the text attributes it. */
  readonly quote?: SummaryQuote;
}

export interface StorySummary {
  /** In reading order: by date, then by publication and position. */
  readonly sentences: readonly SummarySentence[];
}
