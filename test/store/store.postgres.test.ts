import { after, before } from 'node:test';
import { openPostgresStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { createScratchDatabase } from '../helpers/postgres.ts';
import type { ScratchDatabase } from '../helpers/postgres.ts';
import { runStoreContract } from './store.contract.ts';
import { runAnnotationContract } from './annotations.contract.ts';

const scratches: ScratchDatabase[] = [];

runStoreContract({
  name: 'postgres',
  newStore: async () => {
    const scratch = await createScratchDatabase();
    scratches.push(scratch);
    return openPostgresStore(scratch.url);
  },
});

let annotationStore: Store;
before(async () => {
  const scratch = await createScratchDatabase();
  scratches.push(scratch);
  annotationStore = await openPostgresStore(scratch.url);
});
after(async () => {
  await annotationStore.close();
  for (const s of scratches) await s.drop();
});
runAnnotationContract('postgres annotations', () => annotationStore);
