/**
 * Loaded stories and the views computed from them, kept between requests and checked against the
 * store on every request. A story view costs its members' annotations read and parsed and the
 * stages run (≈ 20 ms of CPU for a story of 80 members at 100,000 stored documents); checking costs
 * one small statement (`Store.storyVersion`: the story row, its members' analysis times and the
 * corrections that changed their entities, summed). So a story that many people read is loaded once
 * per change, and no answer is staler than its request: a new member, a re-analysis or a correction,
 * made by this server or any other writer of the database, changes the version and the next request
 * loads afresh. Servers over one database still agree; nothing here is a source of truth.
 *
 * Bounded: at most `maxStories` stories and about `maxChars` of member text, least recently used
 * first out, and `MAX_VIEWS_PER_STORY` views of each. Concurrent requests for one version share one
 * load (in-flight.ts).
 */
import { loadStory, type LoadedStory } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { InFlight } from './in-flight.ts';

export interface StoryCacheOptions {
  /** Stories kept (0: keep none, every request loads; concurrent ones still share a load). */
  readonly maxStories?: number;
  /** About how much member text (UTF-16 units, annotations counted with it) the kept stories may hold. */
  readonly maxChars?: number;
}

/** A loaded story and the views computed from it so far, for one version of the story. */
export interface CachedStory {
  readonly loaded: LoadedStory;
  /**
   * The view `key` of this version, computed once by `compute`. A first computation waits for the
   * event loop's pending I/O first: the views of one story page are asked together, and a long one
   * (a 33-document story's summary: 120 ms) must not hold back the answer already computed before it.
   */
  view<T>(key: string, compute: (loaded: LoadedStory) => T): Promise<T>;
}

interface Entry extends CachedStory {
  readonly version: string;
  readonly chars: number;
}

const DEFAULT_MAX_STORIES = 64;
/**
 * Views kept per story version: a page asks about six (timeline, summary, reactions, contradictions
 * with their default parameters); a client walking through parameter values must not grow one entry
 * without bound (oldest first out).
 */
export const MAX_VIEWS_PER_STORY = 16;
const DEFAULT_MAX_CHARS = 32_000_000;
/** A parsed annotation record weighs about this many text characters (measured: heap per record). */
const CHARS_PER_RECORD = 200;

export class StoryCache {
  readonly #store: Store;
  readonly #maxStories: number;
  readonly #maxChars: number;
  /** Insertion order is recency: a hit moves its entry to the end. */
  readonly #entries = new Map<string, Entry>();
  readonly #loads = new InFlight<string, Entry | null>();
  #chars = 0;

  constructor(store: Store, options: StoryCacheOptions = {}) {
    this.#store = store;
    this.#maxStories = Math.max(0, options.maxStories ?? DEFAULT_MAX_STORIES);
    this.#maxChars = Math.max(0, options.maxChars ?? DEFAULT_MAX_CHARS);
  }

  /**
   * The story `id` (a resolved id, not a prefix) as it stands now; null when there is no such story.
   * `version`: the story's version when the caller has just read it (`Store.storyViewAt`), not read again.
   */
  async get(id: string, version?: string): Promise<CachedStory | null> {
    version ??= (await this.#store.storyVersion(id)) ?? undefined;
    if (version === undefined) return null;
    const kept = this.#entries.get(id);
    if (kept?.version === version) {
      this.#entries.delete(id);
      this.#entries.set(id, kept);
      return kept;
    }
    return this.#loads.run(`${id}\u0000${version}`, async () => {
      // Loaded after the version was read, so what is loaded is at least that version: a later
      // change makes the next request's version differ and load again, never serve this one.
      const loaded = await loadStory(this.#store, id);
      if (loaded === null) return null;
      const entry = newEntry(loaded, version);
      this.#keep(id, entry);
      return entry;
    });
  }

  #keep(id: string, entry: Entry): void {
    const old = this.#entries.get(id);
    if (old) {
      this.#entries.delete(id);
      this.#chars -= old.chars;
    }
    if (this.#maxStories === 0 || entry.chars > this.#maxChars) return;
    this.#entries.set(id, entry);
    this.#chars += entry.chars;
    for (const [oldest, e] of this.#entries) {
      if (this.#entries.size <= this.#maxStories && this.#chars <= this.#maxChars) break;
      this.#entries.delete(oldest);
      this.#chars -= e.chars;
    }
  }
}

function newEntry(loaded: LoadedStory, version: string): Entry {
  const views = new Map<string, unknown>();
  let chars = 0;
  for (const { doc, annotations: a } of loaded.articles) {
    const records = a.sentences.length + a.entities.length + a.mentions.length + a.quotes.length + a.timexes.length + a.events.length + a.facts.length + a.stances.length;
    chars += doc.text.length + records * CHARS_PER_RECORD;
  }
  return {
    loaded, version, chars,
    async view<T>(key: string, compute: (l: LoadedStory) => T): Promise<T> {
      if (views.has(key)) return views.get(key) as T;
      await new Promise((resolve) => setImmediate(resolve));
      if (views.has(key)) return views.get(key) as T;
      const value = compute(loaded);
      if (views.size >= MAX_VIEWS_PER_STORY) views.delete(views.keys().next().value as string);
      views.set(key, value);
      // a view that reads the store may fail (a lost connection): not kept, the next request tries again
      if (value instanceof Promise) value.catch(() => views.get(key) === value && views.delete(key));
      return value;
    },
  };
}
