import { openPgliteStore } from '../../src/store/index.ts';
import { runServerContract } from './server.contract.ts';

runServerContract('pglite', () => openPgliteStore('memory://'));
