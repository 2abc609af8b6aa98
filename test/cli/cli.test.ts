/** The storyline command end to end on a PGlite data directory: seeds in, documents out, export valid. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.ts';
import { exportSchemaErrors } from '../helpers/export-schema.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'storyline-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const store = ['--data-dir', join(tmp, 'store')];
const hasSeeds = existsSync(SEEDS);

test('cli: status on an empty store says how to begin', async () => {
  const run = await runCli(['status', ...store]);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /The store is empty/);
  assert.match(run.stdout, /ingest/);
});

test('cli: ingesting the seeds twice leaves 5 documents', { skip: !hasSeeds && 'seeds absent' }, async () => {
  const first = await runCli(['ingest', SEEDS, ...store]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^ingested 5, unchanged 0, failed 0/);
  const second = await runCli(['ingest', SEEDS, ...store, '--json']);
  assert.equal(second.code, 0);
  const summary = JSON.parse(second.stdout);
  assert.deepEqual([summary.ingested, summary.unchanged, summary.failed], [0, 5, 0]);
  const docs = JSON.parse((await runCli(['docs', ...store, '--json'])).stdout);
  assert.equal(docs.documents.length, 5);
});

test('cli: show prints a document, by id prefix, as the export record with --json', { skip: !hasSeeds && 'seeds absent' }, async () => {
  const docs = JSON.parse((await runCli(['docs', ...store, '--json'])).stdout);
  const liveblog = docs.documents.find((d: { kind: string }) => d.kind === 'liveblog');
  assert.ok(liveblog, 'the DW live blogs are recognised');
  const shown = await runCli(['show', liveblog.id.slice(0, 8), ...store, '--json']);
  assert.equal(shown.code, 0, shown.stderr);
  const record = JSON.parse(shown.stdout);
  assert.deepEqual(exportSchemaErrors({ type: 'document', ...record }), []);
  assert.ok(record.passages.some((p: { kind: string; time?: string }) => p.kind === 'liveblog_entry' && p.time));
  const text = await runCli(['show', liveblog.id, ...store]);
  assert.match(text.stdout, /liveblog_entry 2020-01-0\dT\d\d:\d\dZ/);
  assert.match(text.stdout, /\nstory: {5}s-d[0-9a-f]+ — storyline timeline/);
  assert.match(text.stdout, /\n(older|newer) version {2}d[0-9a-f]+ \(score 0\.\d\d, \d+ shared passages\)/, 'the other DW snapshot is shown as a version');
  const raw = await runCli(['show', liveblog.id, '--raw', ...store]);
  assert.match(raw.stdout, /All updates in Coordinated Universal Time/);
});

test('cli: export json and jsonl validate against the schema', { skip: !hasSeeds && 'seeds absent' }, async () => {
  const json = await runCli(['export', '--format', 'json', ...store]);
  assert.equal(json.code, 0, json.stderr);
  const exported = JSON.parse(json.stdout);
  assert.deepEqual(exportSchemaErrors(exported), []);
  assert.equal(exported.documents.length, 5);
  // the relate step ran inside ingest: the DW snapshots are versions, and the story has its views
  assert.deepEqual(exported.duplicates.map((d: { kind: string }) => d.kind), ['version']);
  assert.equal(exported.documents.filter((d: { version_of: string | null }) => d.version_of !== null).length, 1);
  assert.ok(exported.stories.length >= 1 && exported.timeline.length >= 1);
  assert.ok(exported.contradictions.some((c: { kind: string }) => c.kind === 'time'), 'the two DW snapshots disagree on entry times');
  const jsonl = await runCli(['export', '--format', 'jsonl', ...store]);
  const lines = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines[0].type, 'header');
  assert.equal(lines.filter((l) => l.type === 'document').length, 5);
  assert.equal(lines.filter((l) => l.type === 'story').length, exported.stories.length);
  for (const line of lines) assert.deepEqual(exportSchemaErrors(line), [], JSON.stringify(line).slice(0, 80));
  const out = join(tmp, 'export.json');
  assert.equal((await runCli(['export', '--output', out, ...store])).code, 0);
  assert.ok(existsSync(out));
});

test('cli: extract cleans without storing and prints one JSON line per document', async () => {
  const file = join(tmp, 'article.txt');
  writeFileSync(file, 'Ceasefire holds in the north\n\nJanuary 3, 2020\n\nThe ceasefire held overnight, officials said.\n\nRead more: Other news\n');
  const run = await runCli(['extract', file]);
  assert.equal(run.code, 0, run.stderr);
  const record = JSON.parse(run.stdout.trim());
  assert.equal(record.title, 'Ceasefire holds in the north');
  assert.deepEqual(record.published, { value: '2020-01-03', precision: 'day' });
  assert.match(record.text, /The ceasefire held overnight, officials said\./);
  assert.doesNotMatch(record.text, /Read more/);
  assert.deepEqual(exportSchemaErrors({ type: 'document', ...record }), []);
});

test('cli: usage errors exit 2 with a hint', async () => {
  for (const args of [['frobnicate'], ['ingest', ...store], ['docs', '--kind', 'poem', ...store], ['export', '--format', 'xml', ...store]]) {
    const run = await runCli(args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, /storyline help/);
  }
});

test('cli: a folder that is not a Storyline data directory is refused', async () => {
  const foreign = join(tmp, 'foreign');
  rmSync(foreign, { recursive: true, force: true });
  await import('node:fs').then((fs) => { fs.mkdirSync(foreign); fs.writeFileSync(join(foreign, 'thesis.tex'), 'x'); });
  const run = await runCli(['docs', '--data-dir', foreign]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /is not a Storyline data directory/);
});
