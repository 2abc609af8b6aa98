/** A worker thread of the analyse pool: loads the weights once, then annotates each document it is sent. */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../model/index.ts';
import { annotateSafely } from './annotate-safely.ts';
import { loadNlpResources } from './load-resources.ts';

const resources = loadNlpResources();
parentPort?.on('message', (doc: Document) => {
  parentPort?.postMessage(annotateSafely(doc, resources));
});
