/** Chooses the back end from flags and environment: a database URL means PostgreSQL, else PGlite. */
import { availableParallelism } from 'node:os';
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

/**
 * PostgreSQL connections for each `storyline serve` process: two per CPU core in all (PostgreSQL's own
 * rule of thumb, cores × 2), split across the processes, at least 2. More connections than that do not
 * add throughput, they only make the statements in flight share the cores: 16 concurrent searches at
 * 100,000 documents on 2 cores, 16 connections → p95 80–84 ms, 4 connections → 63–65 ms, at the same
 * searches a second (scratch A/B, 2026-12-02; src/store/README.md). Requests beyond the pool wait in
 * the pool's queue, first come first served.
 */
export function serverConnections(processes = 1, cores = availableParallelism()): number {
  return Math.max(2, Math.ceil((2 * cores) / Math.max(1, processes)));
}
