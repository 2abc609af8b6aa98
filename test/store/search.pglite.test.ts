import { openPgliteStore } from '../../src/store/index.ts';
import { runSearchContract } from './search.contract.ts';

runSearchContract('pglite', () => openPgliteStore('memory://'));
