/** Finds the paragraph that states which zone a live blog's times are in. */
import type { Span } from '../../model/index.ts';
import { ZONE_STATEMENT, ZONE_STATEMENT_MAX_LENGTH } from './label-patterns.ts';
import { resolveZone } from './resolve-zone.ts';

export interface ZoneStatement {
  readonly paragraph: number;
  /** The resolved zone; null when the line reads as a statement but names no zone we know. */
  readonly zone: string | null;
  readonly statement: string;
}

/** The first statement among the paragraphs; a resolved one beats an unresolved one. */
export function findZoneStatement(text: string, paragraphs: readonly Span[]): ZoneStatement | null {
  let unresolved: ZoneStatement | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const span = paragraphs[i] as Span;
    if (span.end - span.start > ZONE_STATEMENT_MAX_LENGTH) continue;
    const line = text.slice(span.start, span.end).trim();
    const m = ZONE_STATEMENT.exec(line);
    if (!m) continue;
    const zone = resolveZone(m[1] as string);
    if (zone !== null) return { paragraph: i, zone, statement: line };
    // "All updates in …" with a zone we do not know is worth a problem; "times are hard" is not.
    if (unresolved === null && /^all\b/i.test(line)) unresolved = { paragraph: i, zone: null, statement: line };
  }
  return unresolved;
}
