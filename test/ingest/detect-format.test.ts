import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { detectFormat } from '../../src/ingest/index.ts';
import { ARTICLE_HTML, bytesOf, warcFile } from './build-fixtures.ts';

const WARC = warcFile([{ type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: test\r\n' }]);
const JSONL = '{"title":"a","text":"one"}\n{"title":"b","text":"two"}\n';
const PRETTY = '{\n  "title": "a",\n  "text": "one"\n}\n';

const CASES: [string, string, Uint8Array | string, ReturnType<typeof detectFormat>][] = [
  ['by extension: .txt', 'a.txt', 'Plain words.', 'text'],
  ['by extension: .html', 'a.html', ARTICLE_HTML, 'html'],
  ['by extension: .htm, upper case', 'A.HTM', '<p>x</p>', 'html'],
  ['by extension: .json', 'a.json', PRETTY, 'json'],
  ['by extension: .jsonl', 'a.jsonl', JSONL, 'jsonl'],
  ['by extension: .ndjson', 'a.ndjson', JSONL, 'jsonl'],
  ['by extension: .warc', 'a.warc', WARC, 'warc'],
  ['gzip: .jsonl.gz', 'a.jsonl.gz', gzipSync(JSONL), 'jsonl'],
  ['gzip: .html.gz', 'a.html.gz', gzipSync(ARTICLE_HTML), 'html'],
  ['gzip: .warc.gz', 'a.warc.gz', gzipSync(WARC), 'warc'],
  ['gzip by magic, no extension', '-', gzipSync(JSONL), 'jsonl'],
  ['gzip by magic, wrong extension', 'a.txt', gzipSync(ARTICLE_HTML), 'html'],
  ['stdin: HTML sniffed', '-', ARTICLE_HTML, 'html'],
  ['stdin: HTML fragment sniffed', '-', '  <div class="story"><p>x</p></div>', 'html'],
  ['stdin: text sniffed', '-', 'Pentagon confirms strike\n\nThe US said...', 'text'],
  ['stdin: text that starts with < but is no tag', '-', '<<< BREAKING >>> Strike in Baghdad', 'text'],
  ['stdin: JSON Lines sniffed', '-', JSONL, 'jsonl'],
  ['stdin: one JSON object sniffed', '-', '{"text":"one"}', 'json'],
  ['stdin: pretty JSON object sniffed', '-', PRETTY, 'json'],
  ['stdin: JSON array sniffed', '-', '[{"text":"one"}]', 'json'],
  ['stdin: WARC sniffed', '-', WARC, 'warc'],
  ['misleading: .txt holding an HTML page', 'page.txt', ARTICLE_HTML, 'html'],
  ['misleading: .json holding JSON Lines', 'dump.json', JSONL, 'jsonl'],
  ['misleading: .jsonl holding an array', 'dump.jsonl', '[{"text":"x"}]', 'json'],
  ['misleading: .txt holding a WARC', 'crawl.txt', WARC, 'warc'],
  ['extension kept: .html holding plain text', 'a.html', 'just words', 'html'],
  ['unknown extension sniffed', 'story.php', ARTICLE_HTML, 'html'],
  ['UTF-8 BOM then HTML', '-', bytesOf([0xef, 0xbb, 0xbf], ARTICLE_HTML), 'html'],
  ['UTF-16LE with BOM is text, not binary', '-', bytesOf([0xff, 0xfe], Buffer.from('Hello world', 'utf16le')), 'text'],
  ['empty', 'a.txt', '', 'empty'],
  ['whitespace only', 'a.txt', '  \n\t\r\n', 'empty'],
  ['empty once decompressed', 'a.txt.gz', gzipSync(''), 'empty'],
  ['binary: NUL bytes', 'a.txt', bytesOf('abc', [0, 1, 2], 'def'), 'binary'],
  ['binary: PNG magic', 'a.html', bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary'],
  ['binary: control characters', '-', bytesOf(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binary'],
];

for (const [label, name, input, expected] of CASES) {
  test(`detectFormat: ${label}`, () => {
    assert.equal(detectFormat(name, typeof input === 'string' ? bytesOf(input) : input), expected);
  });
}
