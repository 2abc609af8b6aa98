/** The contract of the live-blog segmenter (see README.md). */
import type { DateValue, Problem, Span } from '../../model/index.ts';

/** One timed entry: its span runs from its label to the end of its last paragraph. */
export interface LiveblogEntry extends Span {
  /** Absolute timestamp in UTC at minute precision (`2020-01-03T07:05Z`); '' when no anchor date was known. */
  readonly time: string;
  /** The time label as printed (`08:05`, `6.15pm BST`, `Updated at 14:32 GMT`). */
  readonly label: Span;
}

export interface LiveblogSegmentation {
  readonly isLiveblog: boolean;
  /** In text order; empty when the text is not a live blog. */
  readonly entries: readonly LiveblogEntry[];
  readonly order: 'newest-first' | 'oldest-first' | null;
  /** The IANA zone (or 'UTC') that unsuffixed labels were read in; null when none was stated. */
  readonly zone: string | null;
  readonly problems: readonly Problem[];
}

export interface LiveblogInput {
  readonly text: string;
  /** One span per paragraph, in text order. */
  readonly paragraphs: readonly Span[];
  readonly published: DateValue | null;
  /** The zone the page states, as an IANA name or as printed ('UK time'); null when not known. */
  readonly zone: string | null;
}

/** How a label's wall-clock time maps to UTC: a fixed offset (`BST`) or an IANA zone with DST. */
export type LabelFrame =
  | { readonly kind: 'fixed'; readonly offsetMinutes: number; readonly zone: string }
  | { readonly kind: 'zone'; readonly zone: string };

/** A paragraph that starts with something read as a time label. */
export interface LabelCandidate {
  /** Index of the paragraph the label opens. */
  readonly paragraph: number;
  readonly label: Span;
  /** Minutes after local midnight (0‥1439) as printed. */
  readonly wallMinutes: number;
  /** The zone named by the label's own suffix, if any. */
  readonly suffixFrame: LabelFrame | null;
  /** True when the paragraph holds nothing but the label. */
  readonly isBare: boolean;
  /** True when an am/pm marker was read (`6.15pm`, `6:15 PM`). */
  readonly hasMeridiem: boolean;
  /** True when the am/pm marker was separated by a space (`6:15 PM`): in 24-hour blogs it is text (`pm` = prime minister). */
  readonly meridiemSpaced: boolean;
  /** The time read without the spaced meridiem, for 24-hour blogs. */
  readonly plainMinutes: number | null;
  readonly plainLabel: Span | null;
}
