export type * from './store.ts';
export { StoreError } from './store.ts';
export { openStore, resolveStoreLocation, DEFAULT_DATA_DIR } from './open.ts';
export type { StoreLocation } from './open.ts';
export { openPgliteStore } from './pglite.ts';
export { openPostgresStore, redactUrl } from './postgres.ts';
export { loadMigrations, migrate } from './migrations.ts';
export { announceServer } from './data-dir.ts';
