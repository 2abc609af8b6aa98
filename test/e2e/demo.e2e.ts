/**
 * The empty store's offer (issue 10): "Load the demo corpus" ingests ../shared/corpus/seeds through
 * POST /api/demo and the page then lists the seeds story — on its own fresh server.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchPage } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync('test-output/e2e', { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('"Load the demo corpus" fills an empty store and the page shows its story', async (t) => {
  if (!server.fresh) return t.skip('STORYLINE_E2E_URL given: the store is not empty');
  if (!existsSync('../shared/corpus/seeds')) return t.skip('no demo corpus at ../shared/corpus/seeds');
  const page = await browser.newPage();
  const watched = watchPage(page);
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: 'Load the demo corpus' }).click();
  const row = page.locator('.story-row').filter({ hasText: /\b5 documents\b/ });
  await row.waitFor({ timeout: 180_000 });
  assert.match(await row.innerText(), /4 independent outlets/);
  await page.screenshot({ path: 'test-output/e2e/demo-loaded.png', fullPage: true });
  assert.deepEqual(watched.problems.filter((p) => p.startsWith('page error')), []);
});
