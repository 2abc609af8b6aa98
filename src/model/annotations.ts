/**
 * What the annotate stage computes for one Document (ARCHITECTURE.md "Annotations"). Every record
 * is a `[start, end)` span of UTF-16 code units into `Document.text`; the exporter converts to code
 * points. Ids inside one document's annotations are local (`m3`, `q0`, `t5`); `EntityRef.id` is the
 * document-local entity id, and `key` is the corpus-level key that links entities across documents.
 */
import type { Precision } from './document.ts';
import type { Span } from './span.ts';

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FACILITY' | 'EVENT' | 'OTHER';

/** A sentence of the clean text. */
export interface Sentence extends Span {}

/** A token: a word, a number or a punctuation mark; `text` is exactly `Document.text.slice(start, end)`. */
export interface Token extends Span {
  readonly text: string;
}

/** A span the tagger labelled as a name, before resolution. */
export interface NameSpan extends Span {
  readonly type: EntityType;
  readonly text: string;
}

export interface Role {
  /** `Secretary of State`, `Top diplomat`, `General`. */
  readonly title: string;
  /** The organisation or country the title belongs to, as written (`US`, `Quds Force`). */
  readonly org?: string;
}

/** One real-world thing named in the document, with every way the document names it. */
export interface Entity {
  /** Document-local id, `e0`, `e1`, … */
  readonly id: string;
  readonly type: EntityType;
  /** The fullest name the document uses (`Qassem Soleimani`). */
  readonly name: string;
  /** Every other surface form in the document (`Soleimani`, `General Soleimani`, `PMU`). */
  readonly aliases: readonly string[];
  readonly roles: readonly Role[];
  /** ISO 3166-1 alpha-2 for GPE and NORP (and affiliations), when known. */
  readonly country?: string;
  readonly geo?: { readonly lat: number; readonly lon: number };
  /**
   * Corpus-level key: two documents' entities with the same key are the same thing
   * (`PERSON:qasem soleimani`). Stable across runs for the same name.
   */
  readonly key: string;
}

export interface Mention extends Span {
  /** Document-local entity id. */
  readonly entity: string;
  readonly text: string;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export type QuoteMedium = 'twitter' | 'statement' | 'interview' | 'tv' | 'press_conference' | 'letter' | 'other';

export interface Quote extends Span {
  readonly id: string;
  readonly content: Span;
  readonly cue: Span | null;
  /** The speaker as written where the text names one (`he`, `the Pentagon`), resolved to an entity when it can be. */
  readonly speaker: (Span & { readonly text: string; readonly entity: string | null }) | null;
  readonly kind: QuoteKind;
  readonly medium?: QuoteMedium;
  /** To whom it was said (`told CNN` → CNN), as written. */
  readonly addressee?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  readonly id: string;
  readonly text: string;
  readonly type: TimexType;
  /** TimeML value: `2020-01-03`, `2020-01`, `2019-W52`, `2020-01-03T07:05Z`, `P444D`, `PRESENT_REF`, `XXXX-12-27`. */
  readonly value: string;
  /** The value it was resolved against (the publication date or a live-blog entry's time); null when none was needed or known. */
  readonly anchor: string | null;
}

export interface EventDate {
  readonly value: string;
  readonly precision: Precision;
  /** `timex` (with `timex` id), `anchor` (the live-blog entry time), or `published`. */
  readonly from: 'timex' | 'anchor' | 'published';
  readonly timex?: string;
}

export interface Event extends Span {
  readonly id: string;
  readonly trigger: Span;
  /** PLOVER category, e.g. `ASSAULT`, `THREATEN`. */
  readonly type: string;
  readonly mode?: string;
  /** CAMEO root code, two digits (`19`). */
  readonly cameo: string;
  /** Document-local entity ids. */
  readonly actor?: string;
  readonly target?: string;
  readonly place?: string;
  readonly date: EventDate | null;
  /** −10 … +10, Goldstein-style; see src/nlp/events/README.md. */
  readonly intensity: number;
  /** Quote id when the event is reported speech. */
  readonly reportedBy?: string;
}

export interface Fact extends Span {
  readonly id: string;
  readonly quantity: number;
  readonly unit?: string;
  /** Short text naming what is counted or measured (`additional troops`, `Brent oil`). */
  readonly about: string;
  readonly entity?: string;
  readonly change?: 'increase' | 'decrease';
}

export type StanceValue = 'supports' | 'condemns' | 'urges_restraint' | 'threatens' | 'neutral';

export interface Stance extends Span {
  readonly id: string;
  /** Document-local entity id of who reacts. */
  readonly actor: string;
  readonly stance: StanceValue;
  /** What the stance is toward: an event id of this document, or `document` for the event the document is about. */
  readonly toward: string;
}

/** Everything annotate computes for one document. */
export interface Annotations {
  readonly doc: string;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  readonly timexes: readonly Timex[];
  readonly events: readonly Event[];
  readonly facts: readonly Fact[];
  readonly stances: readonly Stance[];
}
