/** WARC: HTML responses become documents at `FILE#N`; the rest is skipped or reported. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readInput } from '../../src/ingest/index.ts';
import { ARTICLE_HTML, bytesOf, chunked, httpResponse, warcFile } from './build-fixtures.ts';
import type { WarcRecordSpec } from './build-fixtures.ts';

const OPTIONS = { maxDocumentBytes: 1_000_000 };
const RESPONSE = 'application/http; msgtype=response';
const HTML_1252 = bytesOf('<html><body><p>He said ', [0x93], 'no', [0x94], ' ', [0x96], ' ', [0x85], '</p></body></html>');

const RECORDS: WarcRecordSpec[] = [
  { type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: test\r\nformat: WARC File Format 1.0\r\n' },
  { type: 'request', uri: 'https://news.example/a', contentType: 'application/http; msgtype=request', block: 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n' },
  { type: 'response', uri: 'https://news.example/a', contentType: RESPONSE, block: httpResponse(['Content-Type: text/html; charset=utf-8'], ARTICLE_HTML) },
  { type: 'response', uri: 'https://news.example/logo.png', contentType: RESPONSE, block: httpResponse(['Content-Type: image/png'], bytesOf([0x89, 0x50, 0x4e, 0x47])) },
  { type: 'response', uri: 'https://news.example/old', contentType: RESPONSE, block: httpResponse(['Location: /a', 'Content-Type: text/html'], '<a href="/a">moved</a>', '301 Moved Permanently') },
  { type: 'response', uri: 'https://news.example/b', contentType: RESPONSE, block: httpResponse(['Content-Type: text/html', 'Transfer-Encoding: chunked', 'Content-Encoding: gzip'], chunked(gzipSync(ARTICLE_HTML), 50)) },
  { type: 'response', uri: 'https://news.example/c', contentType: RESPONSE, block: httpResponse(['Content-Type: text/html; charset=ISO-8859-1'], HTML_1252) },
  { type: 'response', uri: 'https://news.example/d', contentType: RESPONSE, block: httpResponse(['Content-Type: text/html', 'Content-Encoding: br'], brotliCompressSync(ARTICLE_HTML)) },
  { type: 'resource', uri: 'file:///saved/e.html', contentType: 'text/html', block: '<html><body><p>A saved page.</p></body></html>' },
  { type: 'metadata', uri: 'https://news.example/a', contentType: 'application/warc-fields', block: 'outlink: https://news.example/b\r\n' },
];

const EXPECTED: [string, string, string][] = [
  ['crawl.warc#3', 'https://news.example/a', ARTICLE_HTML],
  ['crawl.warc#6', 'https://news.example/b', ARTICLE_HTML],
  ['crawl.warc#7', 'https://news.example/c', '<html><body><p>He said “no” – …</p></body></html>'],
  ['crawl.warc#8', 'https://news.example/d', ARTICLE_HTML],
  ['crawl.warc#9', 'file:///saved/e.html', '<html><body><p>A saved page.</p></body></html>'],
];

const VARIANTS: [string, string, Uint8Array][] = [
  ['plain', 'crawl.warc', warcFile(RECORDS)],
  ['whole-file gzip', 'crawl.warc.gz', gzipSync(warcFile(RECORDS))],
  ['per-record gzip (the usual .warc.gz)', 'crawl.warc.gz', warcFile(RECORDS, true)],
  ['sniffed on stdin', '-', warcFile(RECORDS, true)],
];

for (const [label, name, bytes] of VARIANTS) {
  test(`warc: ${label}: HTML responses in, request/warcinfo/metadata skipped silently, the rest noted once`, async () => {
    const { documents, problems } = await readInput(name, bytes, OPTIONS);
    const origin = (o: string) => o.replace('crawl.warc', name);
    assert.deepEqual(documents.map((d) => [d.origin, d.hints.url, d.content]), EXPECTED.map(([o, u, c]) => [origin(o), u, c]));
    assert.ok(documents.every((d) => d.contentType === 'html'));
    assert.ok(documents.every((d) => d.hints.retrieved === '2024-05-01T10:00:00Z' && d.hints.published === undefined), 'capture date kept apart from publication');
    assert.deepEqual(problems.map((p) => [p.source, p.code, p.item, p.fatal]), [['ingest.warc', 'skipped-records', name, false]]);
    assert.match(problems[0]!.reason, /skipped 2 .*image\/png ×1, HTTP 301 ×1/);
  });
}

test('warc: a document\'s bytes are its decoded HTTP payload (chunked + gzip undone)', async () => {
  const { documents } = await readInput('crawl.warc', warcFile(RECORDS), OPTIONS);
  assert.equal(Buffer.from(documents[1]!.bytes).toString(), ARTICLE_HTML);
  assert.deepEqual(Buffer.from(documents[2]!.bytes), Buffer.from(HTML_1252));
});

const BAD: [string, string, Uint8Array, [string, string, boolean][]][] = [
  ['not a WARC at all', 'x.warc', bytesOf('hello, this is not a web archive\n'), [['invalid-warc', 'x.warc', true]]],
  ['a WARC with no HTML page', 'x.warc', warcFile(RECORDS.slice(0, 2)), [['no-content', 'x.warc', true]]],
  ['a plain WARC cut inside record 4 (warcio alone would hang here)', 'x.warc', warcFile(RECORDS).subarray(0, warcFile(RECORDS.slice(0, 4)).length - 5), [
    ['invalid-warc', 'x.warc#4', true],
  ]],
  ['a record without Content-Length', 'x.warc', bytesOf('WARC/1.0\r\nWARC-Type: response\r\n\r\nbody'), [['invalid-warc', 'x.warc', true]]],
  ['a page compressed with zstd', 'x.warc', warcFile([{ type: 'response', uri: 'https://z.org', contentType: RESPONSE, block: httpResponse(['Content-Type: text/html', 'Content-Encoding: zstd'], bytesOf([0x28, 0xb5, 0x2f, 0xfd, 1, 2])) }]), [
    ['unsupported-encoding', 'x.warc#1', true],
  ]],
  ['a record without WARC headers after a good one', 'x.warc', bytesOf(warcFile(RECORDS.slice(2, 3)), 'garbage line\r\n\r\nmore garbage\r\n'), [['invalid-warc', 'x.warc#2', true]]],
];

for (const [label, name, bytes, expected] of BAD) {
  test(`warc: ${label}`, async () => {
    const { problems } = await readInput(name, bytes, OPTIONS);
    assert.deepEqual(problems.map((p) => [p.code, p.item, p.fatal]), expected);
    if (label.startsWith('a plain WARC cut')) assert.match(problems[0]!.reason, /record 4 is cut: Content-Length is \d+ but only \d+ bytes remain/);
  });
}

test('warc: a truncated .warc.gz keeps the complete records before the break', async () => {
  const whole = warcFile(RECORDS.slice(0, 9), true);
  const cut = whole.subarray(0, whole.length - 30); // inside record 9, an HTML page: it is dropped
  const { documents, problems } = await readInput('cut.warc.gz', cut, OPTIONS);
  assert.deepEqual(documents.map((d) => d.origin), ['cut.warc.gz#3', 'cut.warc.gz#6', 'cut.warc.gz#7', 'cut.warc.gz#8']);
  assert.ok(problems.some((p) => p.code === 'truncated-gzip' && p.fatal && p.item === 'cut.warc.gz' && /kept the 4 complete records/.test(p.reason)), JSON.stringify(problems));
});

test('warc: a page over the size limit is refused, the others go in', async () => {
  const big = { type: 'response', uri: 'https://news.example/big', contentType: RESPONSE, block: httpResponse(['Content-Type: text/html'], `<p>${'x'.repeat(2000)}</p>`) };
  const { documents, problems } = await readInput('x.warc', warcFile([RECORDS[2]!, big]), { maxDocumentBytes: 1000 });
  assert.deepEqual(documents.map((d) => d.origin), ['x.warc#1']);
  assert.deepEqual(problems.map((p) => [p.code, p.item, p.fatal]), [['too-large', 'x.warc#2', true]]);
  assert.match(problems[0]!.reason, /2007 bytes.*limit of 1000 B/);
});
