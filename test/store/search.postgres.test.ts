import { after } from 'node:test';
import { openPostgresStore } from '../../src/store/index.ts';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/postgres.ts';
import { runSearchContract } from './search.contract.ts';

let scratch: ScratchDatabase | undefined;
after(async () => scratch?.drop());

runSearchContract('postgres', async () => {
  scratch = await createScratchDatabase();
  return openPostgresStore(scratch.url);
});
