/**
 * Story views stored in the database (src/server/stored-views.ts, src/pipeline/store-story-views.ts):
 * an ingest stores the page's views of the stories it changed; a view computed by one server is
 * served by another from the database without loading the story; a correction made by another
 * process makes the stored view miss and the next reader compute and store it again (a correction or
 * relink only for the stories whose entities it changes); a view whose story changed while it was
 * computed is not stored; a database that refuses the write still answers.
 * Counted by the story loads the store sees (its reads of annotations), not by timing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore, type Store } from '../../src/store/index.ts';
import { DEFAULT_TIMELINE, ingestAnalyseRelate, loadStory, storedViewKey, timelineBody, viewKeys, type LoadedStory } from '../../src/pipeline/index.ts';
import { StoryCache } from '../../src/server/story-cache.ts';
import { StoredViews } from '../../src/server/stored-views.ts';
import { createScratchDatabase } from '../helpers/postgres.ts';

const REPORT = (outlet: string, extra: string) => JSON.stringify({
  url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/dam`, title: 'Floodgates opened at the Vessey dam', published: '2031-11-03', source: outlet,
  text: `Engineers opened the floodgates of the Vessey dam on Monday after days of rain, the water board said.

The river rose by two metres at Carrow on Tuesday, the mayor Ines Halloran said.

"No one in the valley should sleep on a ground floor tonight," Halloran told reporters.

${extra}`,
});

/** The store, with a count of the story loads it serves and switches to fail or spy on writes of views. */
function counting(store: Store): { store: Store; loads: () => number; puts: () => number; refuseWrites: (refuse: boolean) => void } {
  let loads = 0;
  let puts = 0;
  let refuse = false;
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'getAnnotationsOf') return (ids: readonly string[]) => { loads++; return target.getAnnotationsOf(ids); };
      if (key === 'putStoryView') {
        return async (...args: Parameters<Store['putStoryView']>) => {
          if (refuse) throw new Error('permission denied for table story_views');
          puts++;
          return target.putStoryView(...args);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: counted, loads: () => loads, puts: () => puts, refuseWrites: (r) => (refuse = r) };
}

/** A server's view of the timeline, as routes/stories.ts asks it (no story kept in memory): the page's, or another `key`. */
function server(store: Store, log: (line: string) => void = () => {}): (id: string, options?: { key?: string; compute?: (l: LoadedStory) => unknown }) => Promise<string | null> {
  const views = new StoredViews(store, new StoryCache(store, { maxStories: 0 }), { log });
  return async (id, { key = viewKeys.timeline(DEFAULT_TIMELINE), compute = (l: LoadedStory) => timelineBody(l, DEFAULT_TIMELINE) } = {}) => {
    const body = await views.json(id, key, compute);
    await views.stored(); // a view is answered before it is stored
    return body;
  };
}

/** The timeline as computed now from the store, for comparison. */
async function fresh(store: Store, id: string): Promise<string> {
  const loaded = await loadStory(store, id);
  assert.ok(loaded);
  return JSON.stringify(timelineBody(loaded, DEFAULT_TIMELINE));
}

/** A scratch PostgreSQL database with a writing store, and a folder to write input files in. */
async function scratchWriter() {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-stored-views-'));
  const db = await createScratchDatabase();
  const writer = await openPostgresStore(db.url);
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  return { dir, db, writer, file };
}

test('a stored story view is served by any server until another process changes the story', async () => {
  const { dir, db, writer, file } = await scratchWriter();
  const a = counting(await openPostgresStore(db.url));
  const b = counting(await openPostgresStore(db.url));
  try {
    const ingested = await ingestAnalyseRelate(writer, [file('a.json', REPORT('Valley Times', 'Sandbags were handed out in Carrow.')), file('b.json', REPORT('River Post', 'Schools in Carrow closed on Tuesday.'))], {});
    assert.equal(ingested.failed, false);
    const [story] = await writer.listStories();
    assert.ok(story && story.documents === 2, 'the two reports make one story');
    const serverA = server(a.store);
    const serverB = server(b.store);

    const first = await serverA(story.id);
    assert.equal(first, await fresh(writer, story.id), 'the view as computed now');
    assert.equal(a.loads(), 0, 'stored by the ingest: answered without loading the story');
    assert.equal(await serverB(story.id), first);
    assert.equal(b.loads(), 0);

    assert.equal((await ingestAnalyseRelate(writer, [file('c.json', REPORT('Dale Gazette', 'A relief centre opened in the town hall.'))], {})).failed, false);
    assert.equal((await writer.getStory(story.id))?.documents, 3, 'the third report joins the story');
    const third = await serverB(story.id);
    assert.notEqual(third, first, 'a new member: not the view stored before');
    assert.equal(third, await fresh(writer, story.id));
    assert.equal(b.loads(), 0, 'the ingest stored the new view');

    const halloran = (await writer.listEntities()).find((e) => /Halloran/.test(e.name));
    assert.ok(halloran, 'the mayor is an entity');
    await writer.addCorrection({ kind: 'rename', subject: halloran.key, value: 'Inès Halloran' });
    const renamed = await serverA(story.id);
    assert.equal(a.loads(), 1, 'a correction made elsewhere: computed afresh');
    assert.equal(a.puts(), 1, 'and stored');
    assert.equal(renamed, await fresh(writer, story.id));
    assert.equal(await serverB(story.id), renamed, 'another server answers with what the first stored');
    assert.equal(b.loads(), 0);

    // the story changes while a view is computed: what was computed is answered but not stored
    await writer.addCorrection({ kind: 'rename', subject: halloran.key, value: 'Ines Halloran-Pike' });
    const changing = await serverA(story.id, { compute: async (l) => {
      await writer.addCorrection({ kind: 'rename', subject: halloran.key, value: 'Ines M. Halloran' });
      return { story: l.story.id, documents: l.articles.length };
    } });
    assert.equal(JSON.parse(changing ?? '{}').documents, 3);
    assert.equal(a.loads(), 2, 'the stored view missed: computed');
    assert.equal(a.puts(), 1, 'not stored under a version it may not match');
    const stored = await writer.storyViewAt(story.id, storedViewKey(viewKeys.timeline(DEFAULT_TIMELINE)));
    assert.equal(stored?.body, null, 'nothing stored is served for the new version');

    // parameters the page does not ask are computed, never stored
    const other = { key: viewKeys.timeline({ dates: 3, perDate: 1 }), compute: (l: LoadedStory) => timelineBody(l, { dates: 3, perDate: 1 }) };
    await serverB(story.id, other);
    await serverB(story.id, other);
    assert.deepEqual([b.loads(), b.puts()], [2, 0], 'computed each time, stored never');

    // a database that refuses the write: the answer is still computed and served, one message logged
    const lines: string[] = [];
    const refusing = counting(await openPostgresStore(db.url));
    refusing.refuseWrites(true);
    const serverC = server(refusing.store, (line) => lines.push(line));
    const refused = await serverC(story.id);
    assert.equal(refused, await fresh(writer, story.id));
    await serverC(story.id);
    assert.equal(lines.length, 1, 'one message, not one per request');
    assert.match(lines[0] ?? '', /not stored: permission denied/);
    await refusing.store.close();

    assert.equal(await serverA('s-no-such-story'), null);
  } finally {
    await a.store.close();
    await b.store.close();
    await writer.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});

const MATCH_REPORT = (outlet: string) => JSON.stringify({
  url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/cup`, title: 'Orbury wins the regional cup final', published: '2031-05-20', source: outlet,
  text: `Orbury beat Lensfield three goals to one in the regional cup final at Keller Park on Saturday.

The coach Marta Quill said the squad had trained for the final since March.

"We kept the ball and we kept our nerve," Quill told the crowd after the match.`,
});

test('a correction or a relink makes the stored views of the stories it concerns miss, and no others', async () => {
  const { dir, db, writer, file } = await scratchWriter();
  const a = counting(await openPostgresStore(db.url));
  try {
    const ingested = await ingestAnalyseRelate(writer, [
      file('dam-a.json', REPORT('Valley Times', 'Sandbags were handed out in Carrow.')),
      file('dam-b.json', REPORT('River Post', 'Schools in Carrow closed on Tuesday.')),
      file('cup-a.json', MATCH_REPORT('Orbury Echo')),
      file('cup-b.json', MATCH_REPORT('County Sport')),
    ], {});
    assert.equal(ingested.failed, false);
    const stories = await writer.listStories();
    const dam = stories.find((s) => /dam/i.test(s.title ?? ''));
    const cup = stories.find((s) => /cup/i.test(s.title ?? ''));
    assert.ok(dam && cup && dam.id !== cup.id, `two stories: ${JSON.stringify(stories.map((s) => s.title))}`);
    const serverA = server(a.store);
    await serverA(dam.id);
    await serverA(cup.id);
    assert.equal(a.loads(), 0, 'both stored by the ingest');

    const entities = await writer.listEntities({ limit: 100 });
    const quill = entities.find((e) => /Quill/.test(e.name));
    const halloran = entities.find((e) => /Halloran/.test(e.name));
    assert.ok(quill && halloran, `the coach and the mayor are entities: ${entities.map((e) => e.name).join(', ')}`);

    const rename = await writer.addCorrection({ kind: 'rename', subject: quill.key, value: 'Marta J. Quill' });
    await serverA(dam.id);
    assert.equal(a.loads(), 0, 'a correction of an entity the dam story does not name: its view still served');
    assert.equal(await serverA(cup.id), await fresh(writer, cup.id));
    assert.equal(a.loads(), 1, 'the cup story names the coach: computed afresh');
    await writer.deleteCorrection(rename.id);
    await serverA(dam.id);
    assert.equal(a.loads(), 1, 'undone: still nothing for the dam story');
    assert.equal(await serverA(cup.id), await fresh(writer, cup.id));
    assert.equal(a.loads(), 2, 'undone: the cup story computed afresh');

    assert.ok((await writer.relinkCorpusKey(halloran.key, 'PERSON:ines halloran of carrow')) > 0);
    const relinked = await serverA(dam.id);
    assert.equal(a.loads(), 3, 'a relink of the mayor\'s key: the dam story computed afresh');
    assert.equal(relinked, await fresh(writer, dam.id));
    await serverA(cup.id);
    assert.equal(a.loads(), 3, 'and not the cup story');
  } finally {
    await a.store.close();
    await writer.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
