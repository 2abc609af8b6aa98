/** Reading the gold files kept beside this suite (gold/<seed file name>.json). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedGold } from './gold.ts';
import { checkGold } from './gold.ts';

export const GOLD_DIR = fileURLToPath(new URL('./gold/', import.meta.url));

/** Every gold file, by name order; throws on a malformed one (a gold error must not pass silently). */
export function loadGold(dir = GOLD_DIR): SeedGold[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as SeedGold;
      const problems = checkGold(gold);
      if (problems.length > 0) throw new Error(`${name}: ${problems.join('; ')}`);
      return gold;
    });
}
