/** Character ranges of page chrome and photo credits (data/credits.ts), where no entity is taken. */
import { CREDIT_PATTERNS } from './data/credits.ts';

export type Zone = readonly [number, number];

export function creditZones(text: string): Zone[] {
  const zones: [number, number][] = [];
  for (const { pattern: re, needs } of CREDIT_PATTERNS) {
    if (!needs.some((n) => text.includes(n))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      zones.push([m.index, m.index + m[0].length]);
      if (!re.global) break;
    }
  }
  zones.sort((a, b) => a[0] - b[0]);
  return zones;
}

export function inZone(zones: readonly Zone[], start: number, end: number): boolean {
  for (const [a, b] of zones) {
    if (a >= end) break;
    if (b > start) return true;
  }
  return false;
}
