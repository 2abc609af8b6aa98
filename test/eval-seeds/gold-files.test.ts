/**
 * The gold files themselves: well-formed, one per seed, and — when the seeds are on this machine —
 * every snippet and surface form found in the cleaned text, each snippet at one place only.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cleanDocument } from '../../src/clean/index.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES, readInput } from '../../src/ingest/index.ts';
import { loadGold } from '../../src/eval/seeds/load-gold.ts';
import { SnippetLocator } from '../../src/eval/seeds/locate.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
const GOLD = loadGold();

test('five seeds, each with entities, quotes and events', () => {
  assert.equal(GOLD.length, 5);
  for (const g of GOLD) {
    assert.ok(g.entities.length > 0 && g.quotes.length > 0 && g.events.length > 0, g.file);
  }
});

test('gold snippets and surface forms are in the cleaned seeds', { skip: !existsSync(SEEDS) && 'seeds absent' }, async () => {
  for (const g of GOLD) {
    const read = await readInput(g.file, new Uint8Array(readFileSync(SEEDS + g.file)), { maxDocumentBytes: DEFAULT_MAX_DOCUMENT_BYTES });
    const doc = cleanDocument(read.documents[0]!).document;
    assert.ok(doc, g.file);
    const locator = new SnippetLocator(doc.text);
    for (const e of g.entities) for (const form of [...e.aliases, ...(e.metonyms ?? [])]) assert.ok(locator.count(form) > 0, `${g.file}: ${e.name}: ${form}`);
    for (const item of [...g.quotes, ...g.events]) {
      const n = locator.count(item.snippet);
      if (item.occurrence === undefined) assert.equal(n, 1, `${g.file}: "${item.snippet}" occurs ${n} times`);
      else assert.ok(n >= item.occurrence, `${g.file}: "${item.snippet}"`);
    }
  }
});
