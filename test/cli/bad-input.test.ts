/**
 * Bad input never loses data: each bad item gets one message naming it and the reason, the rest
 * of the batch goes in, the exit status is 1, and what was stored stays intact.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers/cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'storyline-bad-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const inputs = join(tmp, 'inputs');
mkdirSync(inputs);

const GOOD_TEXT = 'Parliament votes on troop withdrawal\n\nJanuary 5, 2020\n\nIraq’s parliament voted on Sunday to expel foreign troops, lawmakers said.\n';
const GOOD_HTML_1252 = Buffer.concat([
  Buffer.from('<html><head><meta charset="windows-1252"><title>Vote</title></head><body><article><h1>Vote</h1>'),
  Buffer.from('<p>The speaker said the vote was '),
  Buffer.from([0x93]), Buffer.from('binding'), Buffer.from([0x94]),
  Buffer.from(' for the government, and lawmakers cheered as the session closed late on Sunday evening in Baghdad.</p>'),
  Buffer.from('<p>Officials in Washington said they were studying the resolution and would respond in the coming days.</p></article></body></html>'),
]);
const jsonl = [
  JSON.stringify({ url: 'https://example.org/a', title: 'First', published: '2020-01-05', text: 'The first record is fine and has a sentence.' }),
  '{"title": "broken", "text": ',
  JSON.stringify({ title: 'Third', text: 'The third record is fine too, officials said on Sunday.' }),
].join('\n');
const news = Buffer.from(jsonl.repeat(1));

writeFileSync(join(inputs, 'good.txt'), GOOD_TEXT);
writeFileSync(join(inputs, 'cp1252.html'), GOOD_HTML_1252);
writeFileSync(join(inputs, 'records.jsonl'), news);
writeFileSync(join(inputs, 'empty.txt'), '');
writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x03]));
writeFileSync(join(inputs, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owners said the protest in the square ended peacefully on Monday night.\n')]));
writeFileSync(join(inputs, 'huge.txt'), `Big report.\n\n${'A sentence that repeats. '.repeat(200)}`);
writeFileSync(join(inputs, 'truncated.jsonl.gz'), gzipSync(Buffer.from(jsonl)).subarray(0, 40));
writeFileSync(join(inputs, 'no-article.html'), '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>');

test('bad input: every bad item is named with its reason, the good ones go in, exit 1', async () => {
  const store = ['--data-dir', join(tmp, 'store')];
  const run = await runCli(['ingest', inputs, join(tmp, 'missing.txt'), '--max-size', '2KB', ...store]);
  assert.equal(run.code, 1);
  const expectations: [string, RegExp][] = [
    ['records.jsonl:2', /invalid-json/],
    ['empty.txt', /empty/],
    ['binary.txt', /binary/],
    ['latin1.txt', /invalid-utf8/],
    ['huge.txt', /too-large.*2\.0 KB/],
    ['truncated.jsonl.gz', /truncated-gzip/],
    ['no-article.html', /no-article|no-text/],
    ['missing.txt', /no such file or directory/],
  ];
  const lines = run.stderr.trim().split('\n');
  for (const [item, reason] of expectations) {
    assert.ok(lines.some((l) => l.includes(item) && reason.test(l)), `a message for ${item} matching ${reason}:\n${run.stderr}`);
  }
  const docs = JSON.parse((await runCli(['docs', '--json', ...store])).stdout).documents;
  const titles = docs.map((d: { title: string | null }) => d.title).sort();
  assert.ok(titles.includes('First') && titles.includes('Third') && titles.includes('Vote'), titles.join(', '));
  assert.ok(docs.some((d: { origin: string }) => d.origin.endsWith('latin1.txt')), 'invalid UTF-8 is stored with a warning');
  const html = docs.find((d: { title: string | null }) => d.title === 'Vote');
  const shown = JSON.parse((await runCli(['show', html.id, '--json', ...store])).stdout);
  assert.match(shown.text, /“binding”/, 'windows-1252 declared in the page is decoded');
  const again = await runCli(['ingest', inputs, '--max-size', '2KB', ...store, '--json']);
  assert.equal(JSON.parse(again.stdout).ingested, 0, 'a second run adds nothing and damages nothing');
});

test('bad input: stdin is read with -', async () => {
  const run = await runCli(['ingest', '-', '--data-dir', join(tmp, 'stdin-store'), '--json'], {}, Buffer.from(GOOD_TEXT));
  assert.equal(run.code, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).ingested, 1);
});
