/** Own fixture pages, one per outlet style (fixtures/clean-text/pages/<slug>/): input → reviewed golden text and metadata. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cleanScrapedText } from '../../src/clean/text/index.ts';
import { expectedMetadata } from './regenerate-fixtures.ts';
import { FIXTURES } from './helpers.ts';

const PAGES = new URL('pages/', FIXTURES);

for (const slug of readdirSync(PAGES).sort()) {
  const dir = new URL(`${slug}/`, PAGES);
  const hints = existsSync(new URL('hints.json', dir)) ? JSON.parse(readFileSync(new URL('hints.json', dir), 'utf8')) : {};
  const result = cleanScrapedText(readFileSync(new URL('input.txt', dir), 'utf8'), hints);

  test(`page ${slug}: clean text equals the golden`, () => {
    assert.equal(result.text, readFileSync(new URL('expected.txt', dir), 'utf8'));
  });

  test(`page ${slug}: metadata and removed lines equal the golden`, () => {
    const expected: unknown = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(expectedMetadata(result))), expected);
  });
}
