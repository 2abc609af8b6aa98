/**
 * Search answers kept between requests, as a search engine keeps its result cache until the next
 * commit (Solr's queryResultCache, dropped when a new searcher opens). A search costs PostgreSQL
 * 7–8 statements (≈ 20 ms alone, ≈ 40 ms of CPU under 16 clients at 100,000 documents); people
 * following one crisis search the same few words, so an answer is computed once per state of the
 * database.
 *
 * Exact, not timed: every request first reads the store's snapshot (`Store.snapshot`, one small
 * statement), which changes whenever any write commits, by this server or another process. An answer
 * is served only under the snapshot read before it was computed, so it is never older than the
 * request: a search computed while a write commits is kept under the older value and the next request,
 * reading the newer value, computes afresh. Servers over one database still agree.
 *
 * Bounded: at most `maxEntries` answers, least recently used first out; all are dropped when the
 * snapshot moves. Concurrent requests for one search under one snapshot share one computation.
 */
import type { SearchQuery, SearchResult, Store } from '../store/index.ts';
import { InFlight } from './in-flight.ts';

export interface SearchCacheOptions {
  /** Answers kept (0: keep none; concurrent identical searches still share one computation). */
  readonly maxEntries?: number;
}

const DEFAULT_MAX_ENTRIES = 256;

export class SearchCache {
  readonly #store: Store;
  readonly #maxEntries: number;
  /** The snapshot the kept answers were computed under. */
  #snapshot: string | null = null;
  /** Insertion order is recency: a hit moves its entry to the end. */
  readonly #answers = new Map<string, SearchResult>();
  readonly #pending = new InFlight<string, SearchResult>();

  constructor(store: Store, options: SearchCacheOptions = {}) {
    this.#store = store;
    this.#maxEntries = Math.max(0, options.maxEntries ?? DEFAULT_MAX_ENTRIES);
  }

  /** The store's answer to `query` as the database stands now. */
  async search(query: SearchQuery): Promise<SearchResult> {
    const snapshot = await this.#store.snapshot();
    if (snapshot !== this.#snapshot) {
      this.#answers.clear();
      this.#snapshot = snapshot;
    }
    const key = searchKey(query);
    const kept = this.#answers.get(key);
    if (kept) {
      this.#answers.delete(key);
      this.#answers.set(key, kept);
      return kept;
    }
    return this.#pending.run(`${snapshot}\u0000${key}`, async () => {
      const answer = await this.#store.search(query);
      // kept only if no newer snapshot was seen meanwhile: the answer is at least as new as `snapshot`
      if (this.#snapshot === snapshot) this.#keep(key, answer);
      return answer;
    });
  }

  #keep(key: string, answer: SearchResult): void {
    if (this.#maxEntries === 0) return;
    this.#answers.set(key, answer);
    for (const oldest of this.#answers.keys()) {
      if (this.#answers.size <= this.#maxEntries) break;
      this.#answers.delete(oldest);
    }
  }
}

/** One key per distinct search: every field of the query, in a fixed order. */
function searchKey(query: SearchQuery): string {
  return JSON.stringify(Object.entries(query).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
