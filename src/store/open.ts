/** Chooses the back end from flags and environment: a database URL means PostgreSQL, else PGlite. */
import { openPgliteStore } from './pglite.ts';
import { openPostgresStore } from './postgres.ts';
import type { Store } from './store.ts';

export const DEFAULT_DATA_DIR = '.storyline';

export interface StoreLocation {
  readonly dataDir?: string | undefined;
  readonly databaseUrl?: string | undefined;
}

export function resolveStoreLocation(flags: StoreLocation, env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const databaseUrl = flags.databaseUrl ?? (flags.dataDir ? undefined : env.STORYLINE_DATABASE_URL);
  if (databaseUrl) return { databaseUrl };
  return { dataDir: flags.dataDir ?? env.STORYLINE_DATA_DIR ?? DEFAULT_DATA_DIR };
}

/** `poolSize`: PostgreSQL connections (a server answering many clients wants more than a command's 4). */
export function openStore(location: StoreLocation, options: { readonly poolSize?: number } = {}): Promise<Store> {
  if (location.databaseUrl) return openPostgresStore(location.databaseUrl, options);
  return openPgliteStore(location.dataDir ?? DEFAULT_DATA_DIR);
}
