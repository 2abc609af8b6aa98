import { after } from 'node:test';
import { openPostgresStore } from '../../src/store/index.ts';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/postgres.ts';
import { runServerContract } from './server.contract.ts';

const scratches: ScratchDatabase[] = [];
after(async () => {
  for (const s of scratches) await s.drop();
});

runServerContract('postgres', async () => {
  const scratch = await createScratchDatabase();
  scratches.push(scratch);
  return openPostgresStore(scratch.url);
});
