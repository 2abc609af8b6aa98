import { openPgliteStore } from '../../src/store/index.ts';
import { runStoreContract } from './store.contract.ts';

runStoreContract({ name: 'pglite', newStore: () => openPgliteStore('memory://') });
