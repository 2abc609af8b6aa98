/**
 * The story views never change the story they are given. The server shares one loaded story among
 * the concurrent requests of a page (src/server/story-cache.ts), so a view that sorted or annotated
 * the loaded articles in place would change what the next view computes. Each view runs here on a
 * deeply frozen story (a write throws in strict mode) and must answer what it answers on a fresh one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteStore } from '../../src/store/index.ts';
import { ingestAnalyseRelate, loadStory, storyContradictions, storyDocumentGroups, storyReactions, storySummary, storyTimeline, type LoadedStory } from '../../src/pipeline/index.ts';

const REPORT = (toll: string, outlet: string) => JSON.stringify({
  url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/flood`, title: 'Dam breach floods valley towns', published: '2031-05-14', source: outlet,
  text: `A dam on the Varna river burst on Tuesday, flooding three towns in the valley below, officials said.

At least ${toll} people were killed and hundreds were left homeless, the regional governor Elena Markova said on Wednesday.

"We are doing everything we can to reach the villages cut off by the water," Markova told reporters.

The national government condemned the dam's operator and urged calm. Rescue teams from the capital arrived on Thursday.`,
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as object)) deepFreeze(inner);
  }
  return value;
}

const views = (loaded: LoadedStory) => ({
  timeline: storyTimeline(loaded, { maxDates: 10, perDate: 3 }),
  summary: storySummary(loaded, { maxSentences: 5 }),
  reactions: storyReactions(loaded),
  contradictions: storyContradictions(loaded),
  groups: storyDocumentGroups(loaded, loaded.articles.map((a) => a.doc.id)),
});

test('story views read a loaded story without changing it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-views-'));
  const store = await openPgliteStore('memory://');
  try {
    const paths = [['a.json', REPORT('12', 'Wire A')], ['b.json', REPORT('15', 'Daily B')], ['c.json', REPORT('12', 'Valley Post')]].map(([name, text]) => {
      writeFileSync(join(dir, name!), text!);
      return join(dir, name!);
    });
    const run = await ingestAnalyseRelate(store, paths, {});
    assert.equal(run.failed, false, run.problems.map((p) => p.reason).join('; '));
    const [story] = await store.listStories();
    assert.ok(story && story.documents === 3, 'the three reports make one story');
    const fresh = await loadStory(store, story.id);
    const frozen = deepFreeze(await loadStory(store, story.id));
    assert.ok(fresh && frozen);
    const expected = views(fresh);
    assert.ok(expected.timeline.items.length > 0 && expected.summary.sentences.length > 0, 'the views have something to say');
    assert.deepEqual(views(frozen), expected);
    assert.deepEqual(views(frozen), expected, 'a second round on the same story answers the same');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
