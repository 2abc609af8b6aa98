/** What the server is built from: the open store and the switches of `storyline serve`. */
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/index.ts';
import type { SnapshotCacheOptions } from './snapshot-cache.ts';
import type { StoryCacheOptions } from './story-cache.ts';

export interface ServerOptions {
  readonly store: Store;
  /** `--read-only`: ingest routes answer 403. */
  readonly readOnly?: boolean;
  /** `--token` / STORYLINE_TOKEN: every /api request must carry it (or the session cookie). */
  readonly token?: string | undefined;
  /** Largest request body (an upload), bytes; the ingest limit by default. */
  readonly maxBodyBytes?: number;
  /** The page's build output (index.html + assets). */
  readonly webDir?: string;
  /** The demo corpus offered on an empty store. */
  readonly seedsDir?: string;
  readonly log?: (line: string) => void;
  /** How many loaded stories the server keeps between requests (story-cache.ts). */
  readonly storyCache?: StoryCacheOptions;
  /** How many answers of each kind (searches, story list pages) the server keeps while nothing is written (snapshot-cache.ts). */
  readonly answerCache?: SnapshotCacheOptions;
  /** Whether story views are stored in the database and read from it (stored-views.ts; default true). */
  readonly storedViews?: boolean;
  /** How often a story's event stream re-reads the story (ms). */
  readonly pollMs?: number;
}

/** The ingest limit of `storyline ingest --max-size` (20 MB). */
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 ** 2;
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));
export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));

export type ServerEnv = { Variables: Record<string, never> };
