/**
 * Inverted index from a term or name key to the stories indexed under it, so that a document is
 * scored against a few candidate stories, never against all of them. Each posting list keeps the
 * most recently touched stories (a Set keeps insertion order; touching re-inserts at the end).
 */
export class PostingIndex {
  private readonly postings = new Map<string, Set<string>>();

  constructor(private readonly limit: number) {}

  add(key: string, story: string): void {
    let list = this.postings.get(key);
    if (list === undefined) {
      list = new Set();
      this.postings.set(key, list);
    }
    list.delete(story);
    list.add(story);
    if (list.size > this.limit) {
      const oldest = list.values().next().value;
      if (oldest !== undefined) list.delete(oldest);
    }
  }

  stories(key: string): Iterable<string> {
    return this.postings.get(key) ?? [];
  }

  /** Sets a key's list from a store, least recently touched first (stories touched in memory since stay newest). */
  restore(key: string, stories: readonly string[]): void {
    const touched = [...(this.postings.get(key) ?? [])];
    this.postings.delete(key);
    for (const story of [...stories, ...touched]) this.add(key, story);
  }
}
