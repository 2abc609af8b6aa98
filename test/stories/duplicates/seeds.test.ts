/**
 * The seeds' two DW pages (../shared/corpus/seeds/002_*, 003_*) through the public stages: 002 is an
 * earlier snapshot of the live blog 003, and their shared entries are matched although 002 labels
 * each one an hour later. Skips when the seeds are not on disk (they are never copied into the repo).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanDocument } from '../../../src/clean/index.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES, readInput } from '../../../src/ingest/index.ts';
import type { Document } from '../../../src/model/index.ts';
import { findDuplicates, passageBody } from '../../../src/stories/duplicates/index.ts';

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));

async function seeds(): Promise<Map<string, Document> | null> {
  if (!existsSync(SEEDS)) return null;
  const docs = new Map<string, Document>();
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const read = await readInput(name, new Uint8Array(readFileSync(SEEDS + name)), { maxDocumentBytes: DEFAULT_MAX_DOCUMENT_BYTES });
    const doc = read.documents[0] ? cleanDocument(read.documents[0]).document : null;
    if (doc) docs.set(name.slice(0, 3), doc);
  }
  return docs.has('002') && docs.has('003') ? docs : null;
}

test('seeds: 002 and 003 are two versions of one live blog, 002 the older, sharing their entries', async (t) => {
  const docs = await seeds();
  if (docs === null) return t.skip('seeds 002 and 003 not found under ../shared/corpus/seeds');
  const early = docs.get('002') as Document;
  const late = docs.get('003') as Document;
  const { pairs, records } = findDuplicates(docs.values());
  const versions = records.filter((r) => r.kind === 'version');
  assert.deepEqual(versions.map((r) => r.docs), [[early.id, late.id]]);
  assert.equal(records.length, 1, 'no other seed is a duplicate of any other');
  const pair = pairs[0]!;
  const entries = pair.passages.filter((m) => early.passages.find((p) => p.id === m.passages[0])?.kind === 'liveblog_entry');
  assert.ok(entries.length >= 6, `shared entries: ${entries.length}`);
  // the same entry, its label an hour apart
  const welcome = entries.find((m) => passageBody(early, early.passages.find((p) => p.id === m.passages[0])!).startsWith('Welcome to the DW'));
  assert.ok(welcome, 'the opening entry is shared');
  const [a, b] = welcome.passages.map((id, i) => [early, late][i]!.passages.find((p) => p.id === id)!);
  assert.equal(a?.time, '2020-01-03T07:00Z');
  assert.equal(b?.time, '2020-01-03T06:00Z');
});
