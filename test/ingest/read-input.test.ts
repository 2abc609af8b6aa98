/** Each format, plain and gzip: origins, exact bytes, content type, decoded content, hints. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DEFAULT_MAX_DOCUMENT_BYTES, readInput } from '../../src/ingest/index.ts';
import { ARTICLE_HTML, bytesOf } from './build-fixtures.ts';

const OPTIONS = { maxDocumentBytes: DEFAULT_MAX_DOCUMENT_BYTES };
const TEXT = 'Pentagon confirms US strike\n\nThe US Pentagon said Qassem Soleimani was “targeted”.\n';
const JSONL_LINES = [
  '{"url":"https://example.org/a","title":"First","published":"2020-01-05","source":"DW","text":"The first record."}',
  '{"title":"Second","html":"<p>The second record.</p>"}',
];
const JSONL = `${JSONL_LINES[0]}\r\n\n   \n${JSONL_LINES[1]}\n`;

interface Expected {
  readonly origins: string[];
  readonly contentTypes: string[];
  readonly contents: string[];
  /** The bytes of each document, as text. */
  readonly bytes: string[];
}

const CASES: [string, string, Uint8Array, Expected][] = [
  ['text file', 'seed.txt', bytesOf(TEXT), { origins: ['seed.txt'], contentTypes: ['text'], contents: [TEXT], bytes: [TEXT] }],
  ['text, gzip', 'seed.txt.gz', gzipSync(TEXT), { origins: ['seed.txt.gz'], contentTypes: ['text'], contents: [TEXT], bytes: [TEXT] }],
  ['HTML file', 'page.html', bytesOf(ARTICLE_HTML), { origins: ['page.html'], contentTypes: ['html'], contents: [ARTICLE_HTML], bytes: [ARTICLE_HTML] }],
  ['HTML, gzip', 'page.htm.gz', gzipSync(ARTICLE_HTML), { origins: ['page.htm.gz'], contentTypes: ['html'], contents: [ARTICLE_HTML], bytes: [ARTICLE_HTML] }],
  ['stdin HTML', '-', bytesOf(ARTICLE_HTML), { origins: ['-'], contentTypes: ['html'], contents: [ARTICLE_HTML], bytes: [ARTICLE_HTML] }],
  ['stdin text', '-', bytesOf(TEXT), { origins: ['-'], contentTypes: ['text'], contents: [TEXT], bytes: [TEXT] }],
  ['stdin gzip JSONL', '-', gzipSync(JSONL), {
    origins: ['-:1', '-:4'], contentTypes: ['text', 'html'], contents: ['The first record.', '<p>The second record.</p>'], bytes: JSONL_LINES,
  }],
  ['JSONL (CRLF, blank lines skipped, line numbers kept)', 'r.jsonl', bytesOf(JSONL), {
    origins: ['r.jsonl:1', 'r.jsonl:4'], contentTypes: ['text', 'html'], contents: ['The first record.', '<p>The second record.</p>'], bytes: JSONL_LINES,
  }],
  ['JSONL, gzip', 'r.ndjson.gz', gzipSync(JSONL), {
    origins: ['r.ndjson.gz:1', 'r.ndjson.gz:4'], contentTypes: ['text', 'html'], contents: ['The first record.', '<p>The second record.</p>'], bytes: JSONL_LINES,
  }],
  ['JSON array: items keep their exact text', 'a.json', bytesOf('[\n  {"text": "one, [two]", "title": "A"} ,\n  {"text": "three \\" ]"}\n]\n'), {
    origins: ['a.json#1', 'a.json#2'], contentTypes: ['text', 'text'], contents: ['one, [two]', 'three " ]'], bytes: ['{"text": "one, [two]", "title": "A"}', '{"text": "three \\" ]"}'],
  }],
  ['JSON array, gzip', 'a.json.gz', gzipSync('[{"text":"one"}]'), { origins: ['a.json.gz#1'], contentTypes: ['text'], contents: ['one'], bytes: ['{"text":"one"}'] }],
  ['JSON single record', 'one.json', bytesOf('{\n "title": "T",\n "text": "Body."\n}\n'), {
    origins: ['one.json'], contentTypes: ['text'], contents: ['Body.'], bytes: ['{\n "title": "T",\n "text": "Body."\n}\n'],
  }],
  ['JSON export wrapping the records', 'export.json', bytesOf('{"status":"ok","articles":[{"title":"A","content":"Body A"},{"title":"B","body":"Body B"}]}'), {
    origins: ['export.json#1', 'export.json#2'], contentTypes: ['text', 'text'], contents: ['Body A', 'Body B'], bytes: ['{"title":"A","content":"Body A"}', '{"title":"B","body":"Body B"}'],
  }],
];

for (const [label, name, input, expected] of CASES) {
  test(`readInput: ${label}`, async () => {
    const result = await readInput(name, input, OPTIONS);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.documents.map((d) => d.origin), expected.origins);
    assert.deepEqual(result.documents.map((d) => d.contentType), expected.contentTypes);
    assert.deepEqual(result.documents.map((d) => d.content), expected.contents);
    assert.deepEqual(result.documents.map((d) => Buffer.from(d.bytes).toString('utf8')), expected.bytes);
  });
}

test('readInput: JSONL hints come from the record', async () => {
  const { documents } = await readInput('r.jsonl', bytesOf(JSONL), OPTIONS);
  assert.deepEqual(documents[0]?.hints, { url: 'https://example.org/a', title: 'First', published: '2020-01-05', source: 'DW' });
  assert.deepEqual(documents[1]?.hints, { title: 'Second' });
});

test('readInput: re-reading identical content gives identical bytes (what de-duplication hashes)', async () => {
  const a = await readInput('a.txt', bytesOf(TEXT), OPTIONS);
  const b = await readInput('b.txt.gz', gzipSync(TEXT), OPTIONS);
  assert.deepEqual(Buffer.from(a.documents[0]!.bytes), Buffer.from(b.documents[0]!.bytes));
});

test('readInput: JSONL splitting is linear (10× the records, far less than 100× the time)', async () => {
  // A ratio, not a time limit: a quadratic split would take ~100× as long for 10× the records, and a
  // ratio holds on a loaded machine where a fixed limit in milliseconds does not.
  const line = JSON.stringify({ title: 'T', text: 'x'.repeat(500), published: '2020-01-01' });
  const fastest = async (records: number, runs: number): Promise<number> => {
    const bytes = bytesOf(`${line}\n`.repeat(records));
    let best = Infinity;
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      const { documents, problems } = await readInput('big.jsonl', bytes, OPTIONS);
      best = Math.min(best, performance.now() - started);
      assert.equal(documents.length, records);
      assert.deepEqual(problems, []);
    }
    return best;
  };
  const small = await fastest(2_000, 3);
  const large = await fastest(20_000, 2);
  assert.ok(large < 30 * small + 50, `20,000 records ${large.toFixed(0)} ms vs 2,000 records ${small.toFixed(0)} ms`);
});

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);
test('readInput: the seeds read as one text document each, without problems', { skip: !existsSync(SEEDS) && 'seeds absent' }, async () => {
  const names = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  assert.ok(names.length >= 5);
  for (const name of names) {
    const bytes = readFileSync(new URL(name, SEEDS));
    const { documents, problems } = await readInput(name, bytes, OPTIONS);
    assert.deepEqual(problems, [], name);
    assert.equal(documents.length, 1);
    assert.equal(documents[0]?.contentType, 'text');
    assert.equal(documents[0]?.content, bytes.toString('utf8'));
  }
});

const NEWS = new URL('../../../shared/data/news-sample/polnear.jsonl.gz', import.meta.url);
test('readInput: a news-sample file ({id,time,title,text,outlet,…} records) reads', { skip: !existsSync(NEWS) && 'news-sample absent' }, async () => {
  const { documents, problems } = await readInput('polnear.jsonl.gz', readFileSync(NEWS), OPTIONS);
  assert.deepEqual(problems, []);
  assert.equal(documents.length, 1012);
  const first = documents[0]!;
  assert.equal(first.origin, 'polnear.jsonl.gz:1');
  assert.ok(first.hints.title && first.hints.published && first.hints.source, JSON.stringify(first.hints));
  assert.match(first.hints.published!, /^\d{4}-\d{2}-\d{2}/);
});
