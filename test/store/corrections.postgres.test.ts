import { after } from 'node:test';
import { openPostgresStore } from '../../src/store/index.ts';
import { createScratchDatabase } from '../helpers/postgres.ts';
import type { ScratchDatabase } from '../helpers/postgres.ts';
import { runCorrectionsContract } from './corrections.contract.ts';

const scratches: ScratchDatabase[] = [];
after(async () => { for (const s of scratches) await s.drop(); });

runCorrectionsContract('postgres corrections', async () => {
  const scratch = await createScratchDatabase();
  scratches.push(scratch);
  return openPostgresStore(scratch.url);
});
