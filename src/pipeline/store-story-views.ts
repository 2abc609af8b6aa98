/**
 * After an ingest, the page's views of every story it changed are computed and stored under the
 * story's version (story_views, migration 0009), so the first reader after a change — every page open
 * on the story reloads when a document joins it — is answered by one statement, not by loading the
 * story. Derived data: a failure here is a warning, never a failed ingest (the next reader computes
 * the view instead). A story that changes while its views are computed is left for its next reader.
 */
import { problem, type Problem } from '../model/index.ts';
import type { Store } from '../store/index.ts';
import { loadStory } from './story-articles.ts';
import { PAGE_VIEWS, storedViewKey } from './story-view-bodies.ts';

export interface StoredViewsSummary {
  /** Stories whose views were stored. */
  readonly stories: number;
  readonly problems: readonly Problem[];
}

/**
 * `onStored(story, key)` is told as each view is stored (the latency bench times the timeline and the
 * reactions of a story by it). Each view is stored as soon as it is computed, in `PAGE_VIEWS` order,
 * while the story's version is still the one it was loaded at.
 */
export async function storeStoryViews(store: Store, storyIds: Iterable<string>, onStored?: (story: string, key: string) => void): Promise<StoredViewsSummary> {
  const live = new Set<string>();
  for (const id of storyIds) {
    const resolved = await store.resolveStory(id); // a story merged since resolves to its survivor
    if (resolved !== null) live.add(resolved);
  }
  let stories = 0;
  const problems: Problem[] = [];
  for (const id of live) {
    try {
      const version = await store.storyVersion(id);
      const loaded = version === null ? null : await loadStory(store, id);
      if (version === null || loaded === null) continue;
      let stored = 0;
      for (const view of PAGE_VIEWS) {
        const body = JSON.stringify(await view.compute(loaded, store));
        if (!(await putViewIfCurrent(store, id, storedViewKey(view.key), version, body))) break; // changed meanwhile: left to its next reader
        stored++;
        onStored?.(id, view.key);
      }
      if (stored === PAGE_VIEWS.length) stories++;
    } catch (error) {
      problems.push(problem('views', 'not-stored', `the story's views were not stored (they will be computed when read): ${(error as Error).message}`, `story ${id}`, false));
    }
  }
  return { stories, problems };
}

/**
 * Stores `body` as the view `storedKey` of a story computed at `version`, only while that is still the
 * story's version: a view computed from a story that changed meanwhile is never stored under the older
 * version. True when stored. The one rule the ingest and the server (src/server/stored-views.ts) store by.
 */
export async function putViewIfCurrent(store: Store, id: string, storedKey: string, version: string, body: string): Promise<boolean> {
  if ((await store.storyVersion(id)) !== version) return false;
  await store.putStoryView(id, storedKey, version, body);
  return true;
}
