/** Opens the store a command asked for, runs the command, and always closes it. */
import type { Store, StoreLocation } from '../store/index.ts';
import { openStore } from '../store/index.ts';

export async function withStore<T>(location: StoreLocation, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function describeStore(store: Store): string {
  return store.backend === 'pglite' ? `PGlite data directory ${store.location}` : `PostgreSQL ${store.location}`;
}
