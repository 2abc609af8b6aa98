import { openPgliteStore } from '../../src/store/index.ts';
import { runCorrectionsContract } from './corrections.contract.ts';

runCorrectionsContract('pglite corrections', () => openPgliteStore('memory://'));
