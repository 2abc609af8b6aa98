import { fileURLToPath } from 'node:url';
import { resolve as resolvePath } from 'node:path';
import { createHash } from 'node:crypto';
/**
 * Rewrites the golden files of the clean-text tests from the current cleaner:
 *   node --import tsx test/clean-text/regenerate-fixtures.ts
 * Review the diff by hand before keeping it — a golden file is a claim about which lines are body.
 * Seeds (../shared/corpus/seeds) → fixtures/clean-text/seeds/<name>.{expected.txt,expected.json};
 * own pages fixtures/clean-text/pages/<slug>/input.txt → expected.txt + expected.json.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cleanScrapedText } from '../../src/clean/text/index.ts';
import type { TextCleaning } from '../../src/clean/text/index.ts';

const FIXTURES = new URL('../fixtures/clean-text/', import.meta.url);
const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);

export function expectedMetadata(r: TextCleaning): object {
  return { title: r.title, published: r.published, source: r.source, agencies: r.agencies, zoneStatement: r.zoneStatement, removed: r.removed, problems: r.problems.map((p) => p.code) };
}

/**
 * The seeds belong to ../shared/corpus, not to this repository: their goldens keep the metadata and
 * dropped chrome lines, and only a hash of the clean text (the sentence-survival test reads the seed itself).
 */
export function seedGolden(r: TextCleaning): object {
  return { textSha256: createHash('sha256').update(r.text).digest('hex'), textLength: r.text.length, ...expectedMetadata(r) };
}

function writeSeed(base: URL, name: string, r: TextCleaning): void {
  writeFileSync(new URL(`${name}expected.json`, base), `${JSON.stringify(seedGolden(r), null, 2)}\n`);
}

function write(base: URL, name: string, r: TextCleaning): void {
  writeFileSync(new URL(`${name}expected.txt`, base), r.text);
  writeFileSync(new URL(`${name}expected.json`, base), `${JSON.stringify(expectedMetadata(r), null, 2)}\n`);
}

/** Rewrites the goldens only when run as a script (`npx tsx test/clean-text/regenerate-fixtures.ts`), never on import. */
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolvePath(process.argv[1])) regenerate();

function regenerate(): void {
  if (existsSync(SEEDS)) {
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      writeSeed(new URL('seeds/', FIXTURES), `${file.replace(/\.txt$/, '')}.`, cleanScrapedText(readFileSync(new URL(file, SEEDS), 'utf8'), {}));
    }
  }
  for (const slug of readdirSync(new URL('pages/', FIXTURES))) {
    const dir = new URL(`pages/${slug}/`, FIXTURES);
    const hints = existsSync(new URL('hints.json', dir)) ? JSON.parse(readFileSync(new URL('hints.json', dir), 'utf8')) : {};
    write(dir, '', cleanScrapedText(readFileSync(new URL('input.txt', dir), 'utf8'), hints));
  }
}
