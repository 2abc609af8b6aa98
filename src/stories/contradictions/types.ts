/** Input and output of the contradictions stage (plain data; EXPORT.md `contradictions` records are built from Contradiction). */

export type ContradictionKind = 'number' | 'time' | 'title' | 'spelling' | 'actor' | 'other';

/** `[start, end)` in UTF-16 units of the document's text. */
export interface Citation {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

/** One side of a disagreement: what a document says, as written, and where. */
export interface Claim {
  readonly text: string;
  readonly citation: Citation;
}

export interface Contradiction {
  readonly kind: ContradictionKind;
  /** What the sources disagree about, in one line (`spelling of Qassem Soleimani: "Qasem" vs "Qassem"`). */
  readonly about: string;
  /** Two or more claims that disagree. */
  readonly claims: readonly Claim[];
}

/**
 * Passages the duplicates stage judged the same, for one pair of documents: `passages` ids are in the
 * order of `docs` (a `DuplicateRecord` of two documents, or a `DuplicatePair` with its matches mapped).
 */
export interface PassageMatches {
  readonly docs: readonly [string, string] | readonly string[];
  readonly passages?: readonly (readonly [string, string])[];
}
