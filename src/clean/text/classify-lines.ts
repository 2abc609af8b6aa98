/**
 * The line-by-line pass: every non-empty line is tried against the zone statement, the agency
 * credits and the whole-line chrome rules; what matches is dropped with the rule's name and gives up
 * its metadata. Live-blog entry lines ("08:05 …") are body and never tried. Header-only rules
 * (datelines, bylines) wait for drop-header-lines.ts, once the other chrome is gone.
 */
import type { Item, Verdicts } from './items.ts';
import { isTimedEntry } from './items.ts';
import { addUnique, matchCreditLine } from './read-agencies.ts';
import { readZoneStatement } from './read-zone.ts';
import { LINE_RULES, matchRule } from './rules/index.ts';
import type { LineRule } from './rules/index.ts';

export interface LineFindings {
  readonly verdicts: Verdicts;
  readonly agencies: string[];
  readonly zoneStatement: string | null;
}

export function classifyLines(items: readonly Item[], rules: readonly LineRule[] = LINE_RULES): LineFindings {
  const verdicts: Verdicts = items.map(() => null);
  const agencies: string[] = [];
  let zoneStatement: string | null = null;
  items.forEach((item, i) => {
    if (isTimedEntry(item.text)) return;
    const zone = readZoneStatement(item.text);
    const credit = zone === null ? matchCreditLine(item.text, item.words) : null;
    if (zone !== null) {
      verdicts[i] = 'zone-statement';
      zoneStatement ??= zone;
    } else if (credit !== null) {
      verdicts[i] = credit.rule;
      addUnique(agencies, credit.agencies);
    } else {
      verdicts[i] = matchRule(rules, item.text, item.words, false)?.name ?? null;
    }
  });
  return { verdicts, agencies, zoneStatement };
}
