/** Input and output of the timeline stage (plain data; EXPORT.md "timeline" records are built from TimelineItem). */
import type { Annotations, Document } from '../../model/index.ts';

/** One article with what annotate computed for it. */
export interface AnnotatedArticle {
  readonly doc: Document;
  readonly annotations: Pick<Annotations, 'sentences' | 'timexes' | 'events'>;
}

export interface TimelineOptions {
  /** At most this many dates (the N of `--dates N`). */
  readonly maxDates: number;
  /** At most this many sentences per date (the K of `--per-date K`). */
  readonly perDate: number;
  /** Candidate dates outside this inclusive day range are ignored (ISO `YYYY-MM-DD`). */
  readonly window?: { readonly start: string; readonly end: string };
  /** When given, a summary sentence must contain one of them (lower-case substring; the news-tls convention). */
  readonly keywords?: readonly string[];
  /**
   * Document id → the key of its group of copies (`copyGroups` of stories/duplicates): the documents
   * of one group — one agency story printed by several outlets — count as one source.
   */
  readonly copyGroups?: ReadonlyMap<string, string>;
}

/** A cited sentence: `[start, end)` in UTF-16 units of the document's text. */
export interface TimelineSentence {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The same sentence (nearly word for word) in other documents about the same day: cited with it. */
  readonly alsoIn: readonly { readonly doc: string; readonly start: number; readonly end: number }[];
}

export interface TimelineItem {
  /** Day of the event, `YYYY-MM-DD`, from the articles' own time expressions. */
  readonly date: string;
  readonly sentences: readonly TimelineSentence[];
  /** Independent outlets whose sentences date something to this day (by Document.source, unknown source = its own outlet; copies of one text count once, see `copyGroups`). */
  readonly sources: number;
  /** Sentences (across articles) that date something to this day. */
  readonly mentions: number;
  /** Events (document-local ids) whose sentence overlaps a printed sentence. */
  readonly events: readonly { readonly doc: string; readonly id: string }[];
}
