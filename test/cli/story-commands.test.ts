/**
 * stories | timeline | summary | reactions | contradictions over a store of invented, hand-annotated
 * reports related by the real relate step: a DW report, a wire copy of it and a CNN report.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { relateStored } from '../../src/pipeline/index.ts';
import { openPgliteStore } from '../../src/store/index.ts';
import { runCli } from '../helpers/cli.ts';
import { makeWrite } from '../helpers/documents.ts';
import { exportSchemaErrors } from '../helpers/export-schema.ts';
import { outletLabel } from '../../src/cli/commands/story-common.ts';
import { annotationsA, annotationsB, TEXT_A, TEXT_B } from '../store/annotations.contract.ts';

const tmp = mkdtempSync(join(tmpdir(), 'storyline-stories-'));
const dir = join(tmp, 'store');
const store = ['--data-dir', dir];
const ids = { a: '', copy: '', b: '' };

before(async () => {
  const s = await openPgliteStore(dir);
  const a = makeWrite(TEXT_A, { published: { value: '2020-01-04', precision: 'day' }, source: 'DW', title: 'Soleimani killed in Baghdad' });
  const copy = makeWrite(TEXT_A, { published: { value: '2020-01-04', precision: 'day' }, source: 'Agence Wire', title: 'Soleimani killed in Baghdad' });
  const b = makeWrite(TEXT_B, { published: { value: '2020-01-05', precision: 'day' }, source: 'CNN', title: 'Soleimani led the Quds Force' });
  Object.assign(ids, { a: a.document.id, copy: copy.document.id, b: b.document.id });
  await s.writeDocuments([a, copy, b]);
  const write = (annotations: ReturnType<typeof annotationsA>) => ({ annotations, version: 'v1', corpusKeys: new Map<string, string>(), snippets: new Map<string, string>() });
  await s.writeAnnotations([write(annotationsA(ids.a)), write(annotationsA(ids.copy)), { ...write(annotationsB(ids.b)), corpusKeys: new Map([['e0', 'PERSON:qasem soleimani']]) }]);
  const related = await relateStored(s);
  assert.equal(related.related, 3);
  await s.close();
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The story of the DW report (its wire copy joins it; the short CNN report may open its own). */
async function storyId(): Promise<string> {
  const stories = JSON.parse((await runCli(['stories', '--format', 'json', ...store])).stdout) as { id: string }[];
  const id = `s-${ids.a < ids.copy ? ids.a : ids.copy}`;
  assert.ok(stories.some((s) => s.id === id), `${id} among ${stories.map((s) => s.id).join(', ')}`);
  return id;
}

test('cli stories: the report and its wire copy are one story of two outlets, in text, md and json', async () => {
  const id = await storyId();
  const stories = JSON.parse((await runCli(['stories', '--json', ...store])).stdout) as { id: string; documents: number; outlets: number }[];
  const story = stories.find((s) => s.id === id);
  assert.ok(story && story.documents >= 2 && story.outlets >= 2);
  const text = await runCli(['stories', ...store]);
  assert.match(text.stdout, new RegExp(`${id}  2020-01-04 … 2020-01-0[45]\\s+[23] docs\\s+[23] outlets  Soleimani killed in Baghdad`));
  const md = await runCli(['stories', '--format', 'md', ...store]);
  assert.match(md.stdout, /^\| story \| title \|/);
  assert.equal((await runCli(['stories', '--query', 'volcano', '--json', ...store])).stdout.trim(), '[]');
});

test('cli timeline: the strike dated by its own time expression, the wire copy counted once, items valid against the export schema', async () => {
  const id = await storyId();
  const run = await runCli(['timeline', id.slice(0, 8), '--format', 'json', ...store]);
  assert.equal(run.code, 0, run.stderr);
  const items = JSON.parse(run.stdout) as { date: { value: string }; sources: number; citations: { doc: string }[] }[];
  const strike = items.find((i) => i.date.value === '2020-01-03');
  assert.ok(strike, 'Friday in a report published on Saturday is 2020-01-03');
  assert.equal(strike.sources, 1, 'DW and the wire copy of its text are one source');
  for (const item of items) assert.deepEqual(exportSchemaErrors({ type: 'timeline', ...item }), []);
  const text = await runCli(['timeline', id, ...store]);
  // the printed sentence cites both documents that carry it
  assert.match(text.stdout, /2020-01-03  \(1 source\)\n  • Qassem Soleimani was killed in Baghdad on Friday\.  \[d[0-9a-f]+:0-49\] \[d[0-9a-f]+:0-49\]/);
  assert.deepEqual(strike.citations.map((c) => c.doc).sort(), [ids.a, ids.copy].sort());
});

test('cli summary, reactions, contradictions: cited output in every format', async () => {
  const id = await storyId();
  const summary = JSON.parse((await runCli(['summary', id, '--json', ...store])).stdout);
  assert.ok(summary.sentences.length >= 1);
  for (const s of summary.sentences) for (const c of s.citations) assert.ok([ids.a, ids.copy, ids.b].includes(c.doc));
  const reactions = JSON.parse((await runCli(['reactions', id, '--json', ...store])).stdout);
  const iran = reactions.matrix.actors.find((a: { name: string }) => a.name === 'Iran');
  assert.deepEqual(iran.cells.map((c: { stance: string; count: number }) => [c.stance, c.count]), [['threatens', 1]], 'the copy of the threat counts once');
  const text = await runCli(['reactions', id, ...store]);
  assert.match(text.stdout, /Iran \(GPE, IR\)/);
  const md = await runCli(['contradictions', id, '--format', 'md', ...store]);
  assert.match(md.stdout, /^## Contradictions: Soleimani killed in Baghdad\n\n_The sources of this story do not disagree on anything found\._/);
});

test('cli story commands: a missing or unknown STORY is a usage error', async () => {
  assert.equal((await runCli(['timeline', ...store])).code, 2);
  const unknown = await runCli(['summary', 's-nothing-here', ...store]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no story "s-nothing-here"/);
  assert.equal((await runCli(['reactions', 'x', '--format', 'xml', ...store])).code, 2);
});

test('an outlet is labelled by its name, else its URL host, else the short document id (as on the page)', () => {
  assert.equal(outletLabel({ id: 'd0123456789abcdef', source: 'DW', url: 'https://www.dw.com/en/x' }), 'DW');
  assert.equal(outletLabel({ id: 'd0123456789abcdef', source: null, url: 'https://www.newarab.example/news/x' }), 'newarab.example');
  assert.equal(outletLabel({ id: 'd0123456789abcdef', source: null, url: 'not a url' }), 'd012345');
  assert.equal(outletLabel({ id: 'd0123456789abcdef', source: '', url: null }), 'd012345');
});
