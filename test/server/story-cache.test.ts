/**
 * The server's story cache (src/server/story-cache.ts) answers from what it keeps only while the
 * story is unchanged: a new member, a re-analysis or a correction — each made through the store, as
 * another process would — makes the next request load the story afresh. Counted by the loads the
 * store sees (its reads of annotations), not by timing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteStore, type Store } from '../../src/store/index.ts';
import { analyseStored, ingestAnalyseRelate } from '../../src/pipeline/index.ts';
import { MAX_VIEWS_PER_STORY, StoryCache } from '../../src/server/story-cache.ts';

const REPORT = (outlet: string, extra: string) => JSON.stringify({
  url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/bridge`, title: 'Bridge collapse closes the Tarn crossing', published: '2031-09-02', source: outlet,
  text: `A road bridge over the Tarn river collapsed on Monday, closing the main crossing into Albi, officials said.

Two drivers were injured and taken to hospital, the prefect Claire Vidal said on Tuesday.

"Every bridge of the same design will be inspected this week," Vidal told reporters.

${extra}`,
});

/** The store, with a count of the story loads it serves (each load reads its members' annotations once). */
function counting(store: Store): { store: Store; loads: () => number } {
  let loads = 0;
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'getAnnotationsOf') return (ids: readonly string[]) => { loads++; return target.getAnnotationsOf(ids); };
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: counted, loads: () => loads };
}

test('a kept story is served until a member, an analysis or a correction changes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-cache-'));
  const raw = await openPgliteStore('memory://');
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  try {
    const first = await ingestAnalyseRelate(raw, [file('a.json', REPORT('Wire A', 'Traffic was diverted through Gaillac.')), file('b.json', REPORT('Daily B', 'Engineers had warned of cracks in 2029.'))], {});
    assert.equal(first.failed, false);
    const [story] = await raw.listStories();
    assert.ok(story && story.documents === 2, 'the two reports make one story');
    const { store, loads } = counting(raw);
    const cache = new StoryCache(store);

    const one = await cache.get(story.id);
    assert.equal(one?.loaded.articles.length, 2);
    assert.equal(await cache.get(story.id), one, 'unchanged: the same loaded story');
    assert.equal(loads(), 1);
    let computed = 0;
    const view = () => one?.view('count', (l) => { computed++; return l.articles.length; });
    assert.deepEqual([await view(), await view(), computed], [2, 2, 1], 'a view of one version is computed once');
    for (let i = 0; i < MAX_VIEWS_PER_STORY; i++) await one?.view(`other:${i}`, () => i);
    await view();
    assert.equal(computed, 2, 'views are bounded per story: the oldest is dropped and computed again when asked');

    const third = await ingestAnalyseRelate(raw, [file('c.json', REPORT('Valley Post', 'The regional council met on Tuesday evening.'))], {});
    assert.equal(third.failed, false);
    assert.equal((await raw.getStory(story.id))?.documents, 3, 'the third report joins the story');
    const two = await cache.get(story.id);
    assert.notEqual(two, one);
    assert.equal(two?.loaded.articles.length, 3, 'a new member: loaded afresh');
    assert.equal(loads(), 2);

    const vidal = two?.loaded.articles[0]?.annotations.entities.find((e) => /Vidal/.test(e.name));
    assert.ok(vidal, 'the prefect is an entity');
    const correction = await raw.addCorrection({ kind: 'rename', subject: vidal.key, value: 'Claire M. Vidal' });
    const renamed = await cache.get(story.id);
    assert.equal(loads(), 3, 'a correction: loaded afresh');
    assert.ok(renamed?.loaded.articles.every((a) => a.annotations.entities.some((e) => e.name === 'Claire M. Vidal')));
    await raw.deleteCorrection(correction.id);
    const undone = await cache.get(story.id);
    assert.equal(loads(), 4, 'an undone correction: loaded afresh');
    assert.ok(undone?.loaded.articles.every((a) => !a.annotations.entities.some((e) => e.name === 'Claire M. Vidal')));

    await analyseStored(raw, { all: true, workers: 0 });
    await cache.get(story.id);
    assert.equal(loads(), 5, 'a re-analysis: loaded afresh');
    await cache.get(story.id);
    assert.equal(loads(), 5);

    assert.equal(await cache.get('s-no-such-story'), null);
    const none = new StoryCache(store, { maxStories: 0 });
    await none.get(story.id);
    await none.get(story.id);
    assert.equal(loads(), 7, 'maxStories 0: every request loads');
    const [a, b] = await Promise.all([none.get(story.id), none.get(story.id)]);
    assert.equal(a, b, 'concurrent requests share one load');
    assert.equal(loads(), 8);
  } finally {
    await raw.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
