import { after } from 'node:test';
import { openPostgresStore } from '../../src/store/index.ts';
import { createScratchDatabase } from '../helpers/postgres.ts';
import type { ScratchDatabase } from '../helpers/postgres.ts';
import { runStoreContract } from './store.contract.ts';

let scratch: ScratchDatabase | undefined;
after(async () => scratch?.drop());

runStoreContract({
  name: 'postgres',
  newStore: async () => {
    scratch = await createScratchDatabase();
    return openPostgresStore(scratch.url);
  },
});
