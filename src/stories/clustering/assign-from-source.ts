/**
 * Online assignment over a stored state: for each document, restore only what it needs — the
 * frequencies of its keys, the postings of its index keys, the stories those name and the
 * frequencies of their terms — then place it. The source is an interface the caller implements (the
 * pipeline over the store, a test over plain maps), so this file does no I/O of its own and the
 * decisions are exactly those of the in-memory `StoryClusterer`.
 */
import { StoryClusterer, NAME_KEY, type StoryRange } from './clusterer.ts';
import type { ClusterChanges, SavedStory } from './snapshot.ts';
import type { ClusterOptions, StoryAssignment, StoryInput } from './types.ts';

export interface ClusterStateSource {
  /** Documents seen so far and the next story creation order. */
  corpus(): Promise<{ readonly documents: number; readonly nextOrder: number }>;
  /** Stored document frequencies of the listed keys (missing keys: 0). */
  termDf(keys: readonly string[]): Promise<Iterable<readonly [string, number]>>;
  nameDf(keys: readonly string[]): Promise<Iterable<readonly [string, number]>>;
  /** For each key, the live stories (aliases resolved) posted under it, at most `limit`, least recently touched first. */
  postings(keys: readonly string[], limit: number): Promise<Iterable<readonly [string, readonly string[]]>>;
  /** The time range and creation order of live stories (what candidate ranking reads), by id. */
  storyRanges(ids: readonly string[]): Promise<Iterable<readonly [string, StoryRange]>>;
  /** Live stories by id. */
  stories(ids: readonly string[]): Promise<readonly SavedStory[]>;
}

export interface SourcedRun {
  readonly assignments: readonly (StoryAssignment & { readonly doc: string })[];
  readonly changes: ClusterChanges;
}

export async function assignFromSource(inputs: readonly StoryInput[], source: ClusterStateSource, options: Partial<ClusterOptions> = {}): Promise<SourcedRun> {
  const clusterer = new StoryClusterer(options);
  clusterer.restore({ corpus: await source.corpus() });
  const assignments: (StoryAssignment & { doc: string })[] = [];
  for (const input of inputs) {
    const keys = clusterer.documentKeys(input);
    const terms = keys.terms.filter((k) => !clusterer.hasTermDf(k));
    clusterer.restore({ termDf: await source.termDf(terms), nameDf: await source.nameDf(keys.names) });
    const pending = clusterer.admit(input);
    const postingKeys = pending.indexKeys.filter((k) => !clusterer.hasPostings(k));
    clusterer.restore({ postings: await source.postings(postingKeys, clusterer.options.postingLimit) });
    // Rank every posted story by its range, then load only the few that will be scored.
    const posted = clusterer.postedIds(pending.indexKeys).filter((id) => !clusterer.holds(id));
    const ranges = new Map(await source.storyRanges(posted));
    const wanted = clusterer.candidateIds(pending, ranges).filter((id) => !clusterer.holds(id));
    const stories = await source.stories(wanted);
    // Scoring and merging weigh every term of a candidate story by idf: restore those frequencies too.
    const storyTerms = new Set<string>();
    const storyNames = new Set<string>();
    for (const s of stories) {
      for (const t of Object.keys(s.terms)) if (!clusterer.hasTermDf(t)) storyTerms.add(t);
      for (const n of Object.keys(s.names)) storyNames.add(n);
    }
    clusterer.restore({ stories, termDf: await source.termDf([...storyTerms]), nameDf: await source.nameDf([...storyNames]) });
    assignments.push({ doc: input.id, ...clusterer.place(pending) });
  }
  return { assignments, changes: clusterer.changes() };
}

/** Splits a clusterer index key into its kind and the term or name it stands for. */
export function indexKeyParts(key: string): { readonly kind: 'term' | 'name'; readonly value: string } {
  return key.startsWith(NAME_KEY) ? { kind: 'name', value: key.slice(NAME_KEY.length) } : { kind: 'term', value: key };
}
