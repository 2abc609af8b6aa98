// A fixed CPU- and memory-bound job (Map inserts and lookups, like feature lookups) for cores.bench.ts.
import { isMainThread, parentPort } from 'node:worker_threads';

export function job() {
  let x = 0;
  const m = new Map();
  for (let i = 0; i < 3e6; i++) {
    m.set(`k${i % 50000}`, i);
    x += m.get(`k${(i * 7) % 50000}`) ?? 0;
  }
  return x;
}

if (!isMainThread) parentPort?.on('message', () => parentPort?.postMessage(job()));
