/** Zone names → IANA zones and label frames, read from the ZONE_NAMES table. */
import type { LabelFrame } from './types.ts';
import { ZONE_NAMES, type ZoneName } from './zone-table.ts';

interface CompiledName {
  readonly name: string;
  readonly entry: ZoneName;
  readonly pattern: RegExp;
}

const isAbbreviation = (name: string): boolean => /^[A-Z/]+$/.test(name);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Whole-word patterns, longest name first so `GMT/BST` wins over `GMT` (built once; RegExps without /g keep no state). */
const COMPILED: readonly CompiledName[] = ZONE_NAMES.flatMap((entry) =>
  entry.names.map((name) => ({
    name,
    entry,
    pattern: new RegExp(`(?<![A-Za-z/])${escape(name)}(?![A-Za-z/])`, isAbbreviation(name) ? '' : 'i'),
  })),
).sort((a, b) => b.name.length - a.name.length);

/** True when Intl knows the name as a time zone (`Europe/London`, `UTC`). */
export function isIanaZone(name: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The IANA zone a statement names: "Coordinated Universal Time (UTC)" → 'UTC', "UK time (GMT/BST)"
 * → 'Europe/London', "CEST" → 'Europe/Berlin'. The longest name found wins; null when none is known.
 */
export function resolveZone(statement: string): string | null {
  const trimmed = statement.trim();
  if (trimmed.includes('/') && isIanaZone(trimmed)) return trimmed;
  for (const compiled of COMPILED) if (compiled.pattern.test(trimmed)) return compiled.entry.zone;
  return null;
}

/** Suffixes a label may carry: abbreviations (`BST`, `GMT`, `ET`) and `UK time`. */
const SUFFIX_NAMES: ReadonlyMap<string, ZoneName> = new Map(
  COMPILED.filter((c) => isAbbreviation(c.name) || c.name === 'UK time').map((c) => [c.name, c.entry]),
);

/** The frame a label suffix names: a fixed offset for `BST`, a zone for `ET`; null when it is no zone. */
export function frameOfSuffix(suffix: string): LabelFrame | null {
  const entry = SUFFIX_NAMES.get(suffix);
  if (!entry) return null;
  return entry.offsetMinutes === undefined ? { kind: 'zone', zone: entry.zone } : { kind: 'fixed', offsetMinutes: entry.offsetMinutes, zone: entry.zone };
}

/**
 * The zone to read unsuffixed labels in, from the caller's stated zone: an IANA name with a slash
 * (`Europe/London`) or `UTC` as is; anything else through the table, since Intl also accepts legacy
 * names like `GMT` and `EST` that would lose the page's DST.
 */
export function zoneOfStated(stated: string | null): string | null {
  const trimmed = stated?.trim() ?? '';
  if (trimmed === '') return null;
  if (trimmed === 'UTC' || trimmed === 'Etc/UTC') return 'UTC';
  if (trimmed.includes('/') && isIanaZone(trimmed)) return trimmed;
  return resolveZone(trimmed);
}
