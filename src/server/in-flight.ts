/**
 * Shares one pending computation among the requests that ask for it at the same time. The story
 * page asks for a story's timeline, summary, reactions, contradictions and detail at once; each
 * route loads the same story (its documents' annotations, read and parsed), so without this the
 * server did that work five times over in one burst. Nothing is kept once the promise settles
 * (story-cache.ts keeps loaded stories, checked against the store on every request).
 */
export class InFlight<K, V> {
  readonly #pending = new Map<K, Promise<V>>();

  /** The pending promise for `key`, or a new one from `start` (forgotten when it settles). */
  run(key: K, start: () => Promise<V>): Promise<V> {
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const promise = start().finally(() => this.#pending.delete(key));
    this.#pending.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.#pending.size;
  }
}
