/** entities | quotes | times | events | facts | stances over a store holding hand-made annotations. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteStore } from '../../src/store/index.ts';
import { runCli } from '../helpers/cli.ts';
import { makeWrite } from '../helpers/documents.ts';
import { annotationsA, annotationsB, TEXT_A, TEXT_B } from '../store/annotations.contract.ts';

const tmp = mkdtempSync(join(tmpdir(), 'storyline-annotations-'));
const dir = join(tmp, 'store');
const store = ['--data-dir', dir];
let idA = '';

before(async () => {
  const s = await openPgliteStore(dir);
  const a = makeWrite(TEXT_A, { published: { value: '2020-01-04', precision: 'day' }, source: 'DW' });
  const b = makeWrite(TEXT_B, { published: { value: '2020-01-05', precision: 'day' }, source: 'CNN' });
  idA = a.document.id;
  await s.writeDocuments([a, b]);
  await s.writeAnnotations([
    { annotations: annotationsA(a.document.id), version: 'v1', corpusKeys: new Map(), snippets: new Map([['quote/q0', 'We will respond'], ['event/v0', TEXT_A.slice(0, 49)], ['timex/t0', 'Friday']]) },
    { annotations: annotationsB(b.document.id), version: 'v1', corpusKeys: new Map([['e0', 'PERSON:qasem soleimani']]), snippets: new Map([['quote/q0', 'the strike was justified']]) },
  ]);
  await s.close();
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('cli entities: corpus entities with aliases, roles and counts; filters by type and name', async () => {
  const run = await runCli(['entities', ...store]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /PERSON\s+Qassem Soleimani\s+aka Soleimani\s+roles: General\s+— 2 docs, 2 mentions/);
  const gpe = JSON.parse((await runCli(['entities', '--type', 'gpe', '--json', ...store])).stdout);
  assert.deepEqual(gpe.entities.map((e: { name: string }) => e.name).sort(), ['Baghdad', 'Iran']);
  const tehran = JSON.parse((await runCli(['entities', '--entity', 'Tehran', '--json', ...store])).stdout);
  assert.deepEqual(tehran.entities.map((e: { name: string }) => e.name), ['Iran']);
});

test('cli quotes: speaker, words, kind and a citation on every line; --speaker and --json', async () => {
  const run = await runCli(['quotes', ...store]);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0] ?? '', /^2020-01-04\s+Iran: “We will respond”\s+\(direct\)\s+\[d[0-9a-f]{16}:50-79\]$/);
  const trump = JSON.parse((await runCli(['quotes', '--speaker', 'trump', '--json', ...store])).stdout);
  assert.equal(trump.quotes.length, 1);
  assert.equal(trump.quotes[0].entity_name, 'Trump');
  assert.equal(trump.quotes[0].kind, 'indirect');
});

test('cli events, times, facts, stances: dated records with filters', async () => {
  const events = await runCli(['events', '--entity', 'Soleimani', ...store]);
  assert.match(events.stdout, /^2020-01-03 \(day, timex\)\s+ASSAULT\s+\? → Qassem Soleimani/);
  assert.equal((await runCli(['events', '--from', '2020-01-04', '--json', ...store])).stdout.includes('THREATEN'), true);
  const times = await runCli(['times', '--document', idA.slice(0, 10), ...store]);
  assert.match(times.stdout, /^2020-01-03\s+DATE\s+“Friday”\s+anchor 2020-01-04/);
  const facts = JSON.parse((await runCli(['facts', '--json', ...store])).stdout);
  assert.equal(facts.facts[0].quantity, 3000);
  const stances = await runCli(['stances', '--type', 'threatens', ...store]);
  assert.match(stances.stdout, /Iran\s+threatens/);
  const none = await runCli(['stances', '--type', 'supports', ...store]);
  assert.equal(none.stdout.trim(), 'No stances match.');
});

test('cli annotation commands: bad filters are usage errors; an unknown document is named', async () => {
  const bad = await runCli(['events', '--from', 'last tuesday', ...store]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--from expects a date/);
  const missing = await runCli(['quotes', '--document', 'dffffffffffff', ...store]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no document "dffffffffffff"/);
});
