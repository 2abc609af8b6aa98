/** storyline correct | corrections over a store holding hand-made annotations: make, list, show, undo, refuse. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteStore } from '../../src/store/index.ts';
import { runCli } from '../helpers/cli.ts';
import { makeWrite } from '../helpers/documents.ts';
import { annotationsA, annotationsB, TEXT_A, TEXT_B } from '../store/annotations.contract.ts';

const tmp = mkdtempSync(join(tmpdir(), 'storyline-correct-'));
const store = ['--data-dir', join(tmp, 'store')];

before(async () => {
  const s = await openPgliteStore(join(tmp, 'store'));
  const a = makeWrite(TEXT_A, { published: { value: '2020-01-04', precision: 'day' }, source: 'DW' });
  const b = makeWrite(TEXT_B, { published: { value: '2020-01-05', precision: 'day' }, source: 'CNN' });
  await s.writeDocuments([a, b]);
  await s.writeAnnotations([
    { annotations: annotationsA(a.document.id), version: 'v1', corpusKeys: new Map(), snippets: new Map([['quote/q0', 'We will respond']]) },
    { annotations: annotationsB(b.document.id), version: 'v1', corpusKeys: new Map([['e0', 'PERSON:qasem soleimani']]), snippets: new Map([['quote/q0', 'the strike was justified']]) },
  ]);
  await s.close();
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('cli entities: each line ends with the key `storyline correct` takes', async () => {
  const run = await runCli(['entities', '--type', 'GPE', ...store]);
  assert.match(run.stdout, /GPE\s+Iran .*\(key: GPE:iran\)$/m);
});

test('cli correct: rename, type and merge show in entities and quotes; corrections lists them; undo removes them', async () => {
  const rename = await runCli(['correct', 'rename', 'GPE:iran', 'Islamic Republic of Iran', '--note', 'official name', ...store]);
  assert.equal(rename.code, 0, rename.stderr);
  assert.match(rename.stdout, /^corrected: 1 .*rename "GPE:iran" to "Islamic Republic of Iran"  — official name  \(undo: storyline correct undo 1\)$/m);
  assert.equal((await runCli(['correct', 'type', 'ORG:quds force', 'facility', ...store])).code, 0);
  const merge = JSON.parse((await runCli(['correct', 'merge', 'GPE:baghdad', 'GPE:iran', '--json', ...store])).stdout);
  assert.equal(merge.correction.kind, 'merge');
  const entities = JSON.parse((await runCli(['entities', '--json', ...store])).stdout).entities as { key: string; name: string; type: string; aliases: string[] }[];
  const iran = entities.find((e) => e.key === 'GPE:iran');
  assert.equal(iran?.name, 'Islamic Republic of Iran');
  assert.deepEqual(iran?.aliases, ['Baghdad', 'Iran', 'Tehran']);
  assert.ok(!entities.some((e) => e.key === 'GPE:baghdad'));
  assert.equal(entities.find((e) => e.key === 'ORG:quds force')?.type, 'FACILITY');
  assert.match((await runCli(['quotes', '--speaker', 'Islamic', ...store])).stdout, /Islamic Republic of Iran/);
  const listed = await runCli(['corrections', ...store]);
  assert.deepEqual(listed.stdout.trim().split('\n').map((l) => l.replace(/^\s*(\d+)\s+\S+ \S+\s+/, '$1 ')), [
    '1 rename "GPE:iran" to "Islamic Republic of Iran"  — official name',
    '2 set the type of "ORG:quds force" to FACILITY',
    '3 merge "GPE:baghdad" into "GPE:iran"',
  ]);
  const undo = await runCli(['correct', 'undo', '3', ...store]);
  assert.equal(undo.code, 0, undo.stderr);
  assert.match(undo.stdout, /^undone: 3 .*merge "GPE:baghdad" into "GPE:iran"/);
  assert.ok(JSON.parse((await runCli(['entities', '--json', ...store])).stdout).entities.some((e: { key: string }) => e.key === 'GPE:baghdad'));
  assert.equal(JSON.parse((await runCli(['corrections', '--json', ...store])).stdout).corrections.length, 2);
  for (const id of ['1', '2']) assert.equal((await runCli(['correct', 'undo', id, ...store])).code, 0);
  assert.match((await runCli(['corrections', ...store])).stdout, /^No corrections\./);
});

// [args, exit code, stderr pattern]
const REFUSED: [string[], number, RegExp][] = [
  [['correct'], 2, /expects merge, split, rename, type or undo/],
  [['correct', 'explode', 'GPE:iran', 'x'], 2, /got "explode"/],
  [['correct', 'merge', 'GPE:iran'], 2, /expects KEY INTO_KEY/],
  [['correct', 'undo', 'x'], 2, /one correction id/],
  [['correct', 'undo', '99'], 1, /no correction 99/],
  [['correct', 'merge', 'GPE:atlantis', 'GPE:iran'], 1, /no entity "GPE:atlantis" .*\[unknown-entity\]/],
  [['correct', 'type', 'GPE:iran', 'country'], 1, /unknown entity type "COUNTRY".*\[invalid-correction\]/],
  [['correct', 'split', 'GPE:iran', 'Persia'], 1, /never called "Persia"/],
];

for (const [args, code, stderr] of REFUSED) {
  test(`cli correct refused: ${args.join(' ')}`, async () => {
    const run = await runCli([...args, ...store]);
    assert.equal(run.code, code, run.stderr);
    assert.match(run.stderr, stderr);
  });
}
