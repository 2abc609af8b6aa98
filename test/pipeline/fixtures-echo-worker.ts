// A worker for the pool test: doubles numbers, dies on a negative one.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', (n: number) => {
  if (n < 0) throw new Error(`negative ${n}`);
  parentPort?.postMessage(n * 2);
});
