/**
 * Normalising surface forms for comparison: case, curly apostrophes, periods in acronyms
 * (`U.S.` = `US`), a leading article, a possessive ending, and leading title words.
 */
import { TITLE_WORDS } from './titles.ts';

export function normaliseName(surface: string): string {
  return surface
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .replace(/'s$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/** The form without leading title words (`general qassem soleimani` → `qassem soleimani`); never empty. */
export function withoutTitles(normalised: string): string {
  const words = normalised.split(' ');
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!)) i++;
  return words.slice(i).join(' ');
}

/**
 * `iran's national security council` → `national security council`: a short owner (one or two words)
 * in front is not part of the name. Longer fronts (`an adviser to iran's khamenei`) are left whole,
 * so a speaker described through someone else never takes that person's name.
 */
export function withoutOwner(normalised: string): string | null {
  const m = /^[\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+)?'s (.+)$/u.exec(normalised);
  return m ? m[1]! : null;
}

/** Every comparable key of a set of surface forms: the normalised form, its title-less and owner-less forms. */
export function nameKeys(surfaces: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const surface of surfaces) {
    const n = normaliseName(surface);
    if (n.length === 0) continue;
    keys.add(n);
    keys.add(withoutTitles(n));
    const owned = withoutOwner(n);
    if (owned !== null) {
      keys.add(owned);
      keys.add(withoutTitles(owned));
    }
  }
  return keys;
}

/** True when the surface form, with or without its titles, is among the keys. */
export function hasName(keys: ReadonlySet<string>, surface: string): boolean {
  const n = normaliseName(surface);
  return n.length > 0 && (keys.has(n) || keys.has(withoutTitles(n)));
}

export function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared;
}
