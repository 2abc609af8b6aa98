/** Every kind of bad input is one clear Problem naming the item and the reason; the rest goes on. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readInput } from '../../src/ingest/index.ts';
import { bytesOf } from './build-fixtures.ts';

const OPTIONS = { maxDocumentBytes: 1000 };
const GOOD = JSON.stringify({ title: 'Good', text: 'A good record.' });
const JSONL = [GOOD, '{"title": "broken", "text": ', '[1, 2]', JSON.stringify({ title: 'No body', url: 'https://x.org' }), JSON.stringify({ text: 'y'.repeat(1200) }), GOOD.replace('Good', 'Again')].join('\n');
const MANY = Array.from({ length: 200 }, (_, i) => JSON.stringify({ title: `R${i}`, text: `Record number ${i} with some words in it.` })).join('\n');

interface Case {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** [source, code, item, fatal] of every problem, in order. */
  readonly problems: [string, string, string, boolean][];
  readonly reason?: RegExp;
  readonly documents: string[];
}

const CASES: [string, Case][] = [
  ['empty file', { name: 'e.txt', bytes: bytesOf(''), problems: [['ingest.empty', 'empty', 'e.txt', true]], reason: /empty \(0 bytes\)/, documents: [] }],
  ['empty stdin', { name: '-', bytes: bytesOf(''), problems: [['ingest.empty', 'empty', '-', true]], reason: /stdin is empty/, documents: [] }],
  ['whitespace-only file', { name: 'w.html', bytes: bytesOf('\n \r\n\t'), problems: [['ingest.empty', 'empty', 'w.html', true]], reason: /only whitespace/, documents: [] }],
  ['gzip of nothing', { name: 'e.jsonl.gz', bytes: gzipSync(''), problems: [['ingest.empty', 'empty', 'e.jsonl.gz', true]], reason: /nothing once decompressed/, documents: [] }],
  ['binary: an executable named .txt', {
    name: 'b.txt', bytes: bytesOf([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0, 0, 3]), problems: [['ingest.binary', 'binary', 'b.txt', true]], reason: /ELF/, documents: [],
  }],
  ['binary: NUL bytes in a text file', { name: 'n.txt', bytes: bytesOf('Some words', [0], 'more'), problems: [['ingest.binary', 'binary', 'n.txt', true]], reason: /NUL byte at offset 10/, documents: [] }],
  ['binary inside gzip', { name: 'p.html.gz', bytes: gzipSync(bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), problems: [['ingest.binary', 'binary', 'p.html.gz', true]], reason: /PNG/, documents: ['p.html.gz'].slice(1) }],
  ['invalid UTF-8 is kept with a warning naming the byte count', {
    name: 'l.txt', bytes: bytesOf('Caf', [0xe9], ' and cr', [0xe8, 0xe9], 'me.'), problems: [['ingest.text', 'invalid-utf8', 'l.txt', false]], reason: /^3 bytes of invalid UTF-8 \(first at byte offset 3\)/, documents: ['l.txt'],
  }],
  ['invalid UTF-8 in one JSONL record', {
    name: 'u.jsonl', bytes: bytesOf('{"text":"Caf', [0xe9], '"}\n', GOOD), problems: [['ingest.jsonl', 'invalid-utf8', 'u.jsonl:1', false]], reason: /^1 byte of/, documents: ['u.jsonl:1', 'u.jsonl:2'],
  }],
  ['too-large document', { name: 'big.txt', bytes: bytesOf('x'.repeat(1500)), problems: [['ingest.text', 'too-large', 'big.txt', true]], reason: /1500 bytes\) is over the limit of 1000 B/, documents: [] }],
  ['too-large once decompressed', { name: 'big.html.gz', bytes: gzipSync('<p>' + 'x'.repeat(5000)), problems: [['ingest.gzip', 'too-large', 'big.html.gz', true]], reason: /more than the limit/, documents: [] }],
  ['JSONL: malformed line, non-object, no content, too large; the rest go in', {
    name: 'r.jsonl', bytes: bytesOf(JSONL), documents: ['r.jsonl:1', 'r.jsonl:6'],
    problems: [['ingest.jsonl', 'invalid-json', 'r.jsonl:2', true], ['ingest.jsonl', 'not-a-record', 'r.jsonl:3', true], ['ingest.jsonl', 'no-content', 'r.jsonl:4', true], ['ingest.jsonl', 'too-large', 'r.jsonl:5', true]],
  }],
  ['JSON: malformed file', { name: 'x.json', bytes: bytesOf('{"title": "x", '), problems: [['ingest.json', 'invalid-json', 'x.json', true]], reason: /not valid JSON/, documents: [] }],
  ['JSON: record without text', { name: 'x.json', bytes: bytesOf('{"title": "x", "summary": "y"}'), problems: [['ingest.json', 'no-content', 'x.json', true]], reason: /fields: title, summary/, documents: [] }],
  ['JSON array: a bad item, and the array is cut', {
    name: 'a.json', bytes: bytesOf(`[${GOOD}, {"title": oops}, ${GOOD}, {"text": "cut`), documents: ['a.json#1', 'a.json#3'],
    problems: [['ingest.json', 'invalid-json', 'a.json#2', true], ['ingest.json', 'invalid-json', 'a.json', true]],
  }],
  ['truncated gzip of JSONL: the complete records before the break are kept', {
    name: 't.jsonl.gz', bytes: gzipSync(MANY).subarray(0, 400), problems: [['ingest.gzip', 'truncated-gzip', 't.jsonl.gz', true]], reason: /kept the \d+ complete records/,
    documents: Array.from({ length: 200 }, (_, i) => `t.jsonl.gz:${i + 1}`).slice(0, -1), // length checked below
  }],
  ['truncated gzip of JSONL cut in the header', { name: 't.jsonl.gz', bytes: gzipSync(GOOD).subarray(0, 8), problems: [['ingest.gzip', 'truncated-gzip', 't.jsonl.gz', true]], documents: [] }],
  ['truncated gzip of a text page', { name: 't.txt.gz', bytes: gzipSync('Some words. '.repeat(50)).subarray(0, 30), problems: [['ingest.gzip', 'truncated-gzip', 't.txt.gz', true]], reason: /partial text document/, documents: [] }],
  ['corrupt gzip', { name: 'c.jsonl.gz', bytes: bytesOf([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), problems: [['ingest.gzip', 'invalid-gzip', 'c.jsonl.gz', true]], documents: [] }],
  ['invalid WARC', { name: 'c.warc', bytes: bytesOf('<html>not a warc</html>'), problems: [['ingest.warc', 'invalid-warc', 'c.warc', true]], documents: [] }],
];

for (const [label, c] of CASES) {
  test(`bad input: ${label}`, async () => {
    const { documents, problems } = await readInput(c.name, c.bytes, OPTIONS);
    assert.deepEqual(problems.map((p) => [p.source, p.code, p.item, p.fatal]), c.problems);
    if (c.reason) assert.match(problems[problems.length - 1]!.reason, c.reason);
    if (label.startsWith('truncated gzip of JSONL: ')) {
      assert.ok(documents.length > 3 && documents.length < 200, `kept ${documents.length}`);
      assert.deepEqual(documents.map((d) => d.origin), c.documents.slice(0, documents.length));
      assert.match(problems[0]!.reason, new RegExp(`kept the ${documents.length} complete`));
      assert.doesNotThrow(() => documents.forEach((d) => JSON.parse(Buffer.from(d.bytes).toString())));
    } else {
      assert.deepEqual(documents.map((d) => d.origin), c.documents);
    }
  });
}

test('bad input: invalid UTF-8 is decoded with U+FFFD, the rest intact', async () => {
  const { documents } = await readInput('l.txt', bytesOf('Caf', [0xe9], ' owners'), OPTIONS);
  assert.equal(documents[0]?.content, 'Caf\uFFFD owners');
});
