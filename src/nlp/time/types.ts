/** The shapes rules work with: what a rule sees when it resolves a match, and what it returns. */
import type { TimexType } from '../../model/index.ts';
import type { Anchor } from './anchor.ts';
import type { Direction } from './tense.ts';

export interface ResolveContext {
  /** The anchor for this span (live-blog entry time or publication date); null when unknown. */
  readonly anchor: Anchor | null;
  /** Past (−1) or future (+1) reading of the clause around the match; computed on demand. */
  direction(): Direction;
  /** The value of the last dated expression before this one in the document (HeidelTime's "last mentioned"). */
  readonly lastMentioned: string | null;
  /** The last date the text stated outright (`in 1990`, `March 5, 1998`), not resolved from the anchor. */
  readonly lastStated: string | null;
}

export interface Resolution {
  readonly type: TimexType;
  readonly value: string;
  /** Whether the value depended on the anchor (then the Timex records which anchor). */
  readonly anchored: boolean;
  /** For a clock time: its time-of-day part (`T01:00Z`), so an adjacent date can take it (`Friday at 1 a.m.`). */
  readonly clock?: string;
  /** True when the value was counted from the last mentioned date (`a year earlier`): it does not become the new reference. */
  readonly relative?: boolean;
}

export interface Rule {
  /** Short name, for debugging and for the tie-break between equally long matches (earlier rule wins). */
  readonly name: string;
  /** Case-insensitive, global; must match the whole expression starting at a word start. */
  readonly pattern: RegExp;
  /** Words (lower case; `#` any number, `#4` four digits) one of which every match contains; see find.ts. */
  readonly trigger: readonly string[];
  resolve(match: RegExpExecArray, ctx: ResolveContext): Resolution | null;
}
