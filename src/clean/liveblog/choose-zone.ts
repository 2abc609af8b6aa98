/**
 * The zone unsuffixed labels are read in, by precedence: the zone the caller states, a zone
 * statement in the text ("All updates in Coordinated Universal Time (UTC)"), the zone most label
 * suffixes name (`6.15pm BST` → Europe/London); else UTC with a warning.
 */
import { problem, type Problem, type Span } from '../../model/index.ts';
import { zoneOfStated } from './resolve-zone.ts';
import type { LabelCandidate } from './types.ts';
import { findZoneStatement, type ZoneStatement } from './zone-statement.ts';

export interface ZoneChoice {
  readonly zone: string | null;
  readonly statement: ZoneStatement | null;
  readonly problems: readonly Problem[];
}

function suffixZone(candidates: readonly LabelCandidate[]): string | null {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    const zone = c.suffixFrame?.zone;
    if (zone !== undefined) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

export function chooseZone(stated: string | null, text: string, paragraphs: readonly Span[], candidates: readonly LabelCandidate[]): ZoneChoice {
  const problems: Problem[] = [];
  const fromCaller = zoneOfStated(stated);
  if (stated !== null && stated.trim() !== '' && fromCaller === null) {
    problems.push(problem('clean.liveblog', 'zone-unresolved', `stated zone ${JSON.stringify(stated)} is not a zone we know`, undefined, false));
  }
  const statement = findZoneStatement(text, paragraphs);
  if (statement && statement.zone === null) {
    problems.push(problem('clean.liveblog', 'zone-unresolved', `zone statement ${JSON.stringify(statement.statement)} names no zone we know`, undefined, false));
  }
  const zone = fromCaller ?? statement?.zone ?? suffixZone(candidates);
  if (zone === null && candidates.some((c) => c.suffixFrame === null)) {
    problems.push(problem('clean.liveblog', 'zone-assumed-utc', 'no zone stated for unsuffixed time labels: read as UTC', undefined, false));
  }
  return { zone, statement, problems };
}
