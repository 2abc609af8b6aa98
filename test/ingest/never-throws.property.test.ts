/** Property: readInput never throws, whatever the bytes, and its output is always well-formed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { detectFormat, readInput } from '../../src/ingest/index.ts';
import { ARTICLE_HTML, bytesOf, httpResponse, warcFile } from './build-fixtures.ts';

const NAMES = ['-', 'a.txt', 'a.html', 'a.json', 'a.jsonl', 'a.warc', 'a.jsonl.gz', 'a.warc.gz', 'noext', 'a.json.gz'];
const SEEDS: Uint8Array[] = [
  bytesOf('{"title":"a","text":"one"}\n{"html":"<p>x</p>"}\n'),
  bytesOf('[{"text":"one"},{"maintext":"two"}]'),
  bytesOf(ARTICLE_HTML),
  warcFile([{ type: 'response', uri: 'https://x.org', contentType: 'application/http; msgtype=response', block: httpResponse(['Content-Type: text/html'], ARTICLE_HTML) }]),
];
const VALID = [...SEEDS, ...SEEDS.map((s) => gzipSync(s))];

/** A valid input, truncated and with a few bytes overwritten: reaches deeper than random bytes. */
const mutated = fc.record({
  base: fc.constantFrom(...VALID),
  cut: fc.nat(),
  edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
}).map(({ base, cut, edits }) => {
  const copy = Uint8Array.from(base.subarray(0, base.length === 0 ? 0 : 1 + (cut % base.length)));
  for (const [at, value] of edits) if (copy.length > 0) copy[at % copy.length] = value;
  return copy;
});

const inputs = fc.oneof(fc.uint8Array({ maxLength: 600 }), mutated, fc.string({ maxLength: 300 }).map((s) => bytesOf(s)));

test('property: readInput never throws and returns well-formed documents and problems', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...NAMES), inputs, fc.integer({ min: 1, max: 2000 }), async (name, bytes, max) => {
      const result = await readInput(name, bytes, { maxDocumentBytes: max });
      assert.ok(Array.isArray(result.documents) && Array.isArray(result.problems));
      for (const p of result.problems) {
        assert.match(p.source, /^ingest(\.[a-z]+)?$/);
        assert.match(p.code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.ok(p.reason.length > 0 && typeof p.fatal === 'boolean');
        assert.ok(p.item === name || p.item?.startsWith(`${name}:`) || p.item?.startsWith(`${name}#`), p.item);
        assert.notEqual(p.code, 'internal-error', p.reason);
      }
      for (const d of result.documents) {
        assert.ok(d.origin === name || d.origin.startsWith(`${name}:`) || d.origin.startsWith(`${name}#`));
        assert.ok(d.bytes.length <= max, 'no document over the limit');
        assert.ok(d.contentType === 'text' || d.contentType === 'html');
        assert.equal(typeof d.content, 'string');
      }
      if (result.documents.length === 0) assert.ok(result.problems.some((p) => p.fatal), 'nothing read means a fatal problem says why');
      assert.doesNotThrow(() => detectFormat(name, bytes));
    }),
    { numRuns: 600 },
  );
});
