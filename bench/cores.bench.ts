/**
 * How much this machine gives a second worker thread, on a job with no I/O and no sharing: the
 * ceiling for any worker-pool figure in the other benchmarks (on a VM, "2 cores" may not be 2×).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Benchmark } from './bench.ts';
// @ts-expect-error — a plain .mjs module without types, loaded the same way by the workers
import { job } from './cores-worker.mjs';

export const coresBench: Benchmark = {
  name: 'cores',
  description: 'parallel scaling of a plain CPU-bound job on worker threads (the ceiling for pool figures)',
  async run() {
    const n = availableParallelism();
    (job as () => number)();
    let started = performance.now();
    for (let i = 0; i < n; i++) (job as () => number)();
    const serial = performance.now() - started;
    const workers = Array.from({ length: n }, () => new Worker(new URL('./cores-worker.mjs', import.meta.url)));
    const run = (w: Worker) => new Promise((resolve) => { w.once('message', resolve); w.postMessage(0); });
    try {
      await Promise.all(workers.map(run));
      started = performance.now();
      await Promise.all(workers.map(run));
      const parallel = performance.now() - started;
      return [{ name: 'cores.scaling', value: serial / parallel, unit: '×', note: `${n} jobs on ${n} worker threads vs one after another (ideal ${n}×)` }];
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  },
};
