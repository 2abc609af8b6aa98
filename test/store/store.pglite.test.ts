import { after, before } from 'node:test';
import { openPgliteStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { runStoreContract } from './store.contract.ts';
import { runAnnotationContract } from './annotations.contract.ts';

runStoreContract({ name: 'pglite', newStore: () => openPgliteStore('memory://') });

let annotationStore: Store;
before(async () => { annotationStore = await openPgliteStore('memory://'); });
after(async () => annotationStore.close());
runAnnotationContract('pglite annotations', () => annotationStore);
