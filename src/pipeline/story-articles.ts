/**
 * A stored story as the story-level stages read it: its member documents (the newest `limit` of them),
 * each with its annotations and what the duplicates stage said about it (copy group, newer version).
 * The one place the CLI, the export and the server load a story from, so no view reads it twice.
 */
import { copyGroups, newestVersions, toDuplicateRecords, type PairLike } from '../stories/duplicates/index.ts';
import type { StoryArticle } from '../stories/index.ts';
import type { Store, StorySummary } from '../store/index.ts';

/** Story views read at most this many members (the newest): a view of a huge story stays fast. */
export const STORY_VIEW_LIMIT = 300;

export interface LoadedStory {
  readonly story: StorySummary;
  readonly articles: readonly StoryArticle[];
  /** Duplicate pairs among the loaded members. */
  readonly pairs: readonly PairLike[];
}

export async function loadStory(store: Store, storyId: string, limit = STORY_VIEW_LIMIT): Promise<LoadedStory | null> {
  const story = await store.getStory(storyId);
  if (story === null) return null;
  const ids = await store.storyDocuments(storyId, limit);
  const members = new Set(ids);
  const pairs = (await store.duplicatePairs(ids)).filter((p) => members.has(p.docs[0]) && members.has(p.docs[1]));
  const groups = copyGroups(toDuplicateRecords(pairs));
  const newer = newestVersions(pairs);
  const articles: StoryArticle[] = [];
  const annotationsOf = await store.getAnnotationsOf(ids);
  // only the analysed members are read in full: the others have nothing to say yet, and a story of a
  // large archive can hold many more of them (82 members, 9 analysed: 11 ms of 32 spent on texts unused)
  for (const doc of await store.getDocuments(ids.filter((id) => annotationsOf.has(id)))) {
    const annotations = annotationsOf.get(doc.id);
    if (annotations === undefined) continue;
    const group = groups.get(doc.id);
    const newerVersion = newer.get(doc.id);
    articles.push({ doc, annotations, ...(group ? { copyGroup: group } : {}), ...(newerVersion ? { newerVersion } : {}) });
  }
  // Oldest first: the order the stages read a story in (and the export lists it in).
  articles.sort((a, b) => compare(a.doc.published?.value ?? '', b.doc.published?.value ?? '') || compare(a.doc.id, b.doc.id));
  return { story, articles, pairs };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
