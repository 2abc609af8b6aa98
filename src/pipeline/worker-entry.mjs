// Worker threads start here: register tsx in the worker (it does not inherit the parent's loader
// hooks when the parent registered tsx through its API), then load the TypeScript worker module.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
