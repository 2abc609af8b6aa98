/**
 * A story's views as JSON, stored in the database under the story version they were computed at
 * (`Store.storyViewAt` / `putStoryView`, migration 0009), so that a view is computed once per change
 * of the story for every server over the database and every restart, not once per server process.
 *
 * A request reads the story's version and the view stored under exactly that version in one
 * statement. On a miss the view is computed from the loaded story (story-cache.ts) and stored — only
 * when the version, read again after computing, is still the one it was computed for, so a row never
 * holds what a later state of the story said under an earlier version. Storing is best effort: a
 * database that refuses the write (a read-only role) still gets its answer, computed.
 *
 * Only the views the story page asks for with their default parameters are stored (`isPageView`): a
 * client walking through parameter values must not fill the table. An ingest stores those views of
 * the stories it changed (pipeline/store-story-views.ts), so their first reader finds them too.
 */
import { isPageView, putViewIfCurrent, storedViewKey, type LoadedStory } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { InFlight } from './in-flight.ts';
import type { StoryCache } from './story-cache.ts';

export interface StoredViewsOptions {
  /** Whether views are read from and written to the database (default true; false: computed per request or kept in memory only). */
  readonly enabled?: boolean;
  readonly log?: (line: string) => void;
}

export class StoredViews {
  readonly #store: Store;
  readonly #stories: StoryCache;
  readonly #enabled: boolean;
  readonly #log: (line: string) => void;
  readonly #misses = new InFlight<string, string | null>();
  readonly #keeping = new Set<Promise<void>>();
  #warned = false;

  constructor(store: Store, stories: StoryCache, options: StoredViewsOptions = {}) {
    this.#store = store;
    this.#stories = stories;
    this.#enabled = options.enabled ?? true;
    this.#log = options.log ?? (() => {});
  }

  /**
   * The JSON of view `key` of story `id` (a resolved id) as it stands now; null when there is no such
   * story. `compute` builds the view's body from the loaded story (and may read more of the store).
   */
  async json(id: string, key: string, compute: (loaded: LoadedStory) => unknown): Promise<string | null> {
    if (!this.#enabled || !isPageView(key)) {
      const cached = await this.#stories.get(id);
      return cached === null ? null : cached.view(`json:${key}`, (loaded) => asJson(compute(loaded)));
    }
    const storedKey = storedViewKey(key);
    const at = await this.#store.storyViewAt(id, storedKey);
    if (at === null) return null;
    if (at.body !== null) return at.body;
    const version = at.version;
    return this.#misses.run(`${id}\u0000${storedKey}\u0000${version}`, async () => {
      const cached = await this.#stories.get(id, version);
      if (cached === null) return null;
      const body = await cached.view(`json:${key}`, (loaded) => asJson(compute(loaded)));
      // answered first, stored after: the page's other views are computed on this thread meanwhile,
      // and a 33-document story's summary (≈ 120 ms) must not hold back the timeline already computed
      const keeping = this.#keep(id, storedKey, version, body).finally(() => this.#keeping.delete(keeping));
      this.#keeping.add(keeping);
      return body;
    });
  }

  /** Resolves when every view computed so far has been stored (or given up on). */
  async stored(): Promise<void> {
    while (this.#keeping.size > 0) await Promise.all(this.#keeping);
  }

  async #keep(id: string, key: string, version: string, body: string): Promise<void> {
    try {
      // computed from what was loaded after `version` was read: stored only if nothing changed since
      await putViewIfCurrent(this.#store, id, key, version, body);
    } catch (error) {
      if (this.#warned) return;
      this.#warned = true;
      this.#log(`story views are computed but not stored: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** The JSON of a computed view, whether it came as a value or a promise of one. */
function asJson(value: unknown): string | Promise<string> {
  return value instanceof Promise ? value.then((v) => JSON.stringify(v)) : JSON.stringify(value);
}
