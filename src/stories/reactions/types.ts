/** Output of the reactions stage (plain data; every evidence line is cited `{doc, start, end}` in UTF-16 units). */
import type { EntityType, StanceValue } from '../../model/index.ts';

/** The matrix's columns, in print order. */
export const STANCES: readonly StanceValue[] = ['supports', 'condemns', 'urges_restraint', 'threatens', 'neutral'];

/** Words of the actor inside the cited sentence: the content of a quote whose speaker is that actor. */
export interface QuotedWords {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One sentence that shows an actor taking a stance. */
export interface ReactionEvidence {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The stance record (document-local id) that reads the stance here; null when only an event does. */
  readonly stance: string | null;
  /** THREATEN events (document-local ids) of this actor in this sentence. */
  readonly events: readonly string[];
  /** What the stance is toward: an event id of the document, or `document` (from the stance record). */
  readonly toward: string | null;
  readonly quotes: readonly QuotedWords[];
  /**
   * Index (in this cell's `evidence`) of an earlier citation of the same sentence text — a copy of one
   * text in another document: cited, but not counted again.
   */
  readonly repeatOf?: number;
}

export interface ReactionCell {
  readonly stance: StanceValue;
  /** Distinct sentences (copies of one sentence count once). */
  readonly count: number;
  /** Independent sources among the citing documents (`sourceKey`: copy group, else outlet, else document). */
  readonly sources: number;
  readonly evidence: readonly ReactionEvidence[];
}

export interface ActorRow {
  /** Corpus-level entity key (`Entity.key`): one row per key, nothing merged beyond it. */
  readonly key: string;
  /** The fullest name any document gives the entity. */
  readonly name: string;
  readonly type: EntityType;
  /** ISO country code when the documents' entities of this key give one and agree. */
  readonly country?: string;
  /** Sum of the cells' counts. */
  readonly total: number;
  /** Independent sources over all cells. */
  readonly sources: number;
  /** Non-empty cells, in `STANCES` order. */
  readonly cells: readonly ReactionCell[];
}

export interface ReactionMatrix {
  readonly stances: readonly StanceValue[];
  /** Most evidence first. */
  readonly actors: readonly ActorRow[];
}

/** A counted event of a day: its first citation, and the copies of the same sentence elsewhere. */
export interface EscalationEvidence {
  readonly doc: string;
  readonly eventId: string;
  readonly start: number;
  readonly end: number;
  /** PLOVER category. */
  readonly type: string;
  /** Goldstein score, −10 … +10. */
  readonly intensity: number;
  readonly copies: readonly { readonly doc: string; readonly eventId: string; readonly start: number; readonly end: number }[];
}

export interface EscalationDay {
  /** `YYYY-MM-DD`, the event's own date (day precision or finer). */
  readonly date: string;
  /** Events dated to the day (copies of one text count once). */
  readonly events: number;
  /** Net Goldstein sum: cooperation − conflict. */
  readonly intensity: number;
  /** Escalation: Σ −intensity over the day's conflict events (intensity < 0); ≥ 0. */
  readonly conflict: number;
  /** Σ intensity over the day's cooperative events (intensity > 0); ≥ 0. */
  readonly cooperation: number;
  /** How many of the day's events are conflict events. */
  readonly conflictEvents: number;
  /** Independent sources (`sourceKey`) reporting the day's events. */
  readonly sources: number;
  readonly evidence: readonly EscalationEvidence[];
}
