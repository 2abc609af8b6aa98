/**
 * Corrections through the real pipeline on PGlite: files ingested, analysed and related; entities
 * corrected; the same files ingested again and every document re-analysed (`storyline analyse --all`)
 * — the corrections still apply in the entity list, the story and the export, which lists them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteStore } from '../../src/store/index.ts';
import { analyseStored, exportChunks, ingestAnalyseRelate, loadStory } from '../../src/pipeline/index.ts';
import { entityId } from '../../src/model/index.ts';
import { exportSchemaErrors } from '../helpers/export-schema.ts';

const ARTICLE = (extra: string) => `Iranian General Qassem Soleimani was killed in a US drone strike near Baghdad airport on Friday, the Pentagon said.

"This was a defensive action," Defense Secretary Mark Esper told reporters in Washington.

${extra}`;
const FILES: Record<string, string> = {
  'a.json': JSON.stringify({ url: 'https://a.example/s', title: 'Soleimani killed in US strike', published: '2020-01-03', source: 'Wire A', text: ARTICLE('Iran vowed harsh revenge for the killing.') }),
  'b.json': JSON.stringify({ url: 'https://b.example/s', title: 'US strike kills Soleimani', published: '2020-01-03', source: 'Daily B', text: ARTICLE('Tehran said the strike was an act of war.') }),
};

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

test('corrections survive re-ingest and re-analysis, and show in the story and the export', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-corrections-'));
  const paths = Object.entries(FILES).map(([name, text]) => { writeFileSync(join(dir, name), text); return join(dir, name); });
  const store = await openPgliteStore('memory://');
  try {
    const first = await ingestAnalyseRelate(store, paths, {});
    assert.equal(first.failed, false, first.problems.map((p) => p.reason).join('; '));
    const entities = await store.listEntities({ limit: 100 });
    const key = (pattern: RegExp) => entities.find((e) => pattern.test(e.name))?.key;
    const esper = key(/Esper/);
    const soleimani = key(/Soleimani/);
    assert.ok(esper && soleimani, JSON.stringify(entities.map((e) => e.name)));
    await store.addCorrection({ kind: 'rename', subject: soleimani, value: 'Qasem Soleimani (corrected)' });
    const merge = await store.addCorrection({ kind: 'merge', subject: esper, value: soleimani, note: 'a test merge' });

    const check = async (when: string) => {
      const [merged] = await store.listEntities({ entityKey: soleimani });
      assert.equal(merged?.name, 'Qasem Soleimani (corrected)', when);
      assert.ok(merged?.aliases.some((a) => /Esper/.test(a)), `${when}: ${merged?.aliases}`);
      assert.equal((await store.listEntities({ entityKey: esper })).length, 0, `${when}: the merged key is gone`);
      const story = await loadStory(store, (await store.listStories())[0]?.id ?? '');
      const keys = new Set(story?.articles.flatMap((a) => a.annotations.entities.map((e) => e.key)));
      assert.ok(keys.has(soleimani) && !keys.has(esper), `${when}: the story's annotations`);
    };
    await check('after correcting');
    const again = await ingestAnalyseRelate(store, paths, {});
    assert.equal(again.summary.unchanged, 2);
    await check('after re-ingest');
    assert.equal((await analyseStored(store, { all: true, workers: 0 })).analysed, 2);
    await check('after re-analysis');

    const exported = JSON.parse(await collect(exportChunks(store, 'json')));
    assert.deepEqual(exportSchemaErrors(exported), []);
    const ids = new Set(exported.entities.map((e: { id: string }) => e.id));
    assert.ok(ids.has(entityId(soleimani)) && !ids.has(entityId(esper)), 'the merged entity is not exported on its own');
    assert.equal(exported.entities.find((e: { id: string }) => e.id === entityId(soleimani)).name, 'Qasem Soleimani (corrected)');
    assert.ok(exported.mentions.every((m: { entity: string }) => m.entity !== entityId(esper)), 'no mention points at the merged entity');
    assert.deepEqual(exported.corrections.map((c: { kind: string; into?: string; note: string | null }) => [c.kind, c.into ?? null, c.note]),
      [['rename', null, null], ['merge', entityId(soleimani), 'a test merge']]);
    const lines = (await collect(exportChunks(store, 'jsonl'))).trim().split('\n').map((l) => JSON.parse(l));
    const corrections = lines.filter((l) => l.type === 'correction');
    assert.equal(corrections.length, 2);
    for (const line of corrections) assert.deepEqual(exportSchemaErrors(line), []);

    await store.deleteCorrection(merge.id);
    assert.equal((await store.listEntities({ entityKey: esper })).length, 1, 'undone');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
