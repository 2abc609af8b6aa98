/**
 * Answers kept between requests for as long as nothing is written to the database, as a search
 * engine keeps its result cache until the next commit (Solr's queryResultCache, dropped when a new
 * searcher opens). Used for the answers many readers ask for again and again: searches (5–6
 * statements, ≈ 20 ms alone; under 16 clients ≈ 19 ms of PostgreSQL's CPU and 3 ms of the server's at
 * 100,000 documents) and the story list (the page's front door).
 *
 * Exact, not timed: every request first reads the store's snapshot (`Store.snapshot`, one small
 * statement), which changes whenever any write commits, by this server or another process. An answer
 * is served only under the snapshot read before it was computed, so it is never older than the
 * request: an answer computed while a write commits is kept under the older value, and the next
 * request, reading the newer value, computes afresh. Servers over one database still agree. On a
 * PostgreSQL server that other databases write to, their commits move the snapshot too: answers are
 * then recomputed more often, never stale.
 *
 * Bounded: at most `maxEntries` answers, least recently used first out; all are dropped when the
 * snapshot moves. Concurrent requests for one answer under one snapshot share one computation.
 */
import type { Store } from '../store/index.ts';
import { InFlight } from './in-flight.ts';

export interface SnapshotCacheOptions {
  /** Answers kept (0: keep none; concurrent identical requests still share one computation). */
  readonly maxEntries?: number;
}

const DEFAULT_MAX_ENTRIES = 256;

export class SnapshotCache<V> {
  readonly #store: Store;
  readonly #maxEntries: number;
  /** The snapshot the kept answers were computed under. */
  #snapshot: string | null = null;
  /** Insertion order is recency: a hit moves its entry to the end. */
  readonly #answers = new Map<string, V>();
  readonly #pending = new InFlight<string, V>();

  constructor(store: Store, options: SnapshotCacheOptions = {}) {
    this.#store = store;
    this.#maxEntries = Math.max(0, options.maxEntries ?? DEFAULT_MAX_ENTRIES);
  }

  /** The answer `key` names as the database stands now: kept, or computed by `compute`. */
  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const snapshot = await this.#store.snapshot();
    if (snapshot !== this.#snapshot) {
      this.#answers.clear();
      this.#snapshot = snapshot;
    }
    const kept = this.#answers.get(key);
    if (kept !== undefined) {
      this.#answers.delete(key);
      this.#answers.set(key, kept);
      return kept;
    }
    return this.#pending.run(`${snapshot}\u0000${key}`, async () => {
      const answer = await compute();
      // kept only if no other snapshot was seen meanwhile: the answer is at least as new as `snapshot`
      if (this.#snapshot === snapshot) this.#keep(key, answer);
      return answer;
    });
  }

  #keep(key: string, answer: V): void {
    if (this.#maxEntries === 0) return;
    this.#answers.set(key, answer);
    for (const oldest of this.#answers.keys()) {
      if (this.#answers.size <= this.#maxEntries) break;
      this.#answers.delete(oldest);
    }
  }
}

/** One key per distinct request: every defined field of its parameters, in a fixed order. */
export function parametersKey(parameters: object): string {
  return JSON.stringify(Object.entries(parameters).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
