/**
 * Entity corrections in the browser (issue 10, "Corrections"): on an entity's page, rename it and
 * merge another entity into it found by search; the story page then shows the corrected name and no
 * longer the merged entity; the Corrections view undoes a correction from the keyboard. axe-core runs
 * on the entity page with its correction controls and on the Corrections view. The server runs in
 * this process over an in-memory store holding the invented Kerava reports; STORYLINE_E2E_WEB_DIR
 * serves another build of the page than web/dist.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { ingestAnalyseRelate } from '../../src/pipeline/index.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { openPgliteStore, type Store } from '../../src/store/index.ts';
import { STORY_UPLOADS } from '../server/articles.ts';
import { describeViolations, runAxe, seriousViolations } from './axe.ts';
import { launchBrowser, watchPage } from './browser.ts';

const OUT = 'test-output/e2e';
let store: Store;
let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  store = await openPgliteStore('memory://');
  const run = await ingestAnalyseRelate(store, { uploads: STORY_UPLOADS.map((u) => ({ name: u.name, bytes: new TextEncoder().encode(u.text) })) });
  assert.equal(run.failed, false);
  server = await startServer({ store, port: 0, log: () => undefined, ...(process.env.STORYLINE_E2E_WEB_DIR ? { webDir: process.env.STORYLINE_E2E_WEB_DIR } : {}) });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

test('rename and merge on the entity page show in the story; undo from the Corrections view', async () => {
  const [story] = await store.listStories();
  assert.ok(story);
  const people = await store.listEntities({ type: 'PERSON', story: story.id });
  const anna = people.find((e) => /Jonsdottir/.test(e.name));
  const bjarni = people.find((e) => /Sigurdsson/.test(e.name));
  assert.ok(anna && bjarni, JSON.stringify(people.map((p) => p.name)));

  const page = await browser.newPage();
  const watched = watchPage(page);
  await page.goto(new URL(`/entities/${encodeURIComponent(anna.key)}`, server.url).href);
  await page.getByLabel('New name').fill('Anna K. Jonsdottir');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('heading', { level: 1, name: 'Anna K. Jonsdottir' }).waitFor();

  await page.getByLabel('Find an entity to merge into this one').fill('Sigurdsson');
  const merge = page.getByRole('button', { name: /^Merge .*Sigurdsson into Anna K\. Jonsdottir$/ });
  await merge.waitFor();
  await merge.click();
  await page.getByRole('status').filter({ hasText: /Merged “.*Sigurdsson” into this entity/ }).waitFor();
  await page.locator('dd').filter({ hasText: bjarni.name }).first().waitFor(); // now among the aliases
  await page.screenshot({ path: `${OUT}/corrections-entity.png`, fullPage: true });
  const serious = seriousViolations(await runAxe(page));
  assert.deepEqual(serious.map((v) => v.id), [], `axe on the entity page with corrections:\n${describeViolations(serious)}`);

  await page.goto(new URL(`/stories/${story.id}`, server.url).href);
  const who = page.locator('section[aria-labelledby="entities-title"]');
  await who.getByRole('link', { name: 'Anna K. Jonsdottir' }).waitFor();
  assert.equal(await who.getByRole('link', { name: bjarni.name, exact: true }).count(), 0, 'the merged entity is not listed on its own');
  await page.locator('section[aria-labelledby="story-quotes-title"] strong', { hasText: 'Anna K. Jonsdottir' }).first().waitFor();
  await page.screenshot({ path: `${OUT}/corrections-story.png`, fullPage: true });

  await page.goto(new URL('/corrections', server.url).href);
  const undo = page.getByRole('button', { name: /^Undo: merged / });
  await undo.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: /^Undone: merged / }).waitFor();
  await page.getByRole('button', { name: /^Undo: merged / }).waitFor({ state: 'detached' }); // the list is read again
  assert.equal(await page.getByRole('button', { name: /^Undo: / }).count(), 1, 'the rename is left');
  await page.screenshot({ path: `${OUT}/corrections-view.png`, fullPage: true });
  const onList = seriousViolations(await runAxe(page));
  assert.deepEqual(onList.map((v) => v.id), [], `axe on the Corrections view:\n${describeViolations(onList)}`);
  assert.ok((await store.listEntities({ entityKey: bjarni.key })).length === 1, 'the merge is undone in the store');
  assert.deepEqual(watched.problems, []);
});
