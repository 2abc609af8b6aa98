import { openPgliteStore } from '../../src/store/index.ts';
import { runRelateContract } from './relate.contract.ts';

runRelateContract('pglite', () => openPgliteStore('memory://'));
