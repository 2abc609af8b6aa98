/**
 * A ClusterStateSource over plain maps that applies ClusterChanges the way the store does: the test
 * double of src/store's story tables (same rules: aliases flattened, postings ordered by last touch).
 */
import type { ClusterChanges, SavedStory } from '../../../src/stories/clustering/index.ts';
import type { ClusterStateSource } from '../../../src/stories/clustering/assign-from-source.ts';

export class MemorySource implements ClusterStateSource {
  documents = 0;
  nextOrder = 0;
  readonly terms = new Map<string, number>();
  readonly names = new Map<string, number>();
  readonly saved = new Map<string, SavedStory>();
  readonly aliases = new Map<string, string>();
  /** key → story → touch sequence number */
  readonly postingTouches = new Map<string, Map<string, number>>();
  readonly members = new Map<string, string>();
  private touch = 0;
  /** How many story ranges and whole stories were asked for (a caller should load few whole stories). */
  rangeLookups = 0;
  storyLoads = 0;

  async corpus() {
    return { documents: this.documents, nextOrder: this.nextOrder };
  }
  async termDf(keys: readonly string[]) {
    return keys.filter((k) => this.terms.has(k)).map((k) => [k, this.terms.get(k) as number] as const);
  }
  async nameDf(keys: readonly string[]) {
    return keys.filter((k) => this.names.has(k)).map((k) => [k, this.names.get(k) as number] as const);
  }
  async postings(keys: readonly string[], limit: number) {
    return keys.map((key) => {
      const latest = new Map<string, number>();
      for (const [story, at] of this.postingTouches.get(key) ?? []) {
        const live = this.aliases.get(story) ?? story;
        latest.set(live, Math.max(latest.get(live) ?? -1, at));
      }
      const ids = [...latest].sort((a, b) => a[1] - b[1]).slice(-limit).map(([id]) => id);
      return [key, ids] as const;
    });
  }
  async storyRanges(ids: readonly string[]) {
    this.rangeLookups += ids.length;
    return ids.flatMap((id) => {
      const s = this.saved.get(id);
      return s ? [[s.id, { first: s.first, last: s.last, order: s.order }] as const] : [];
    });
  }
  async stories(ids: readonly string[]) {
    this.storyLoads += ids.length;
    return ids.map((id) => this.saved.get(id)).filter((s): s is SavedStory => s !== undefined);
  }

  apply(changes: ClusterChanges): void {
    this.documents += changes.documents;
    for (const [k, n] of changes.termDf) this.terms.set(k, (this.terms.get(k) ?? 0) + n);
    for (const [k, n] of changes.nameDf) this.names.set(k, (this.names.get(k) ?? 0) + n);
    for (const s of changes.stories) {
      this.saved.set(s.id, s);
      this.nextOrder = Math.max(this.nextOrder, s.order + 1);
    }
    for (const [absorbed, survivor] of changes.absorbed) {
      this.saved.delete(absorbed);
      for (const [from, to] of this.aliases) if (to === absorbed) this.aliases.set(from, survivor);
      this.aliases.set(absorbed, survivor);
      for (const [doc, story] of this.members) if (story === absorbed) this.members.set(doc, survivor);
    }
    for (const [doc, story] of changes.assignments) this.members.set(doc, story);
    for (const [key, story] of changes.postings) {
      let list = this.postingTouches.get(key);
      if (!list) this.postingTouches.set(key, (list = new Map()));
      list.set(story, this.touch++);
    }
  }
}
