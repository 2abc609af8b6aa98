/**
 * A fixed pool of worker threads running one module (ARCHITECTURE.md: stages are pure, so they
 * run in parallel). Each worker holds up to `depth` jobs (default 2): the next one waits in its
 * port while it works, so it never idles for the round trip through this thread. A worker answers
 * its jobs in order; one that dies fails the job it was on (the oldest), its other jobs go back to
 * the front of the queue, and it is replaced, so one bad document cannot stop the batch.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

interface Job<TIn, TOut> {
  readonly input: TIn;
  readonly resolve: (out: TOut) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<TIn, TOut> {
  worker: Worker;
  /** Jobs sent to this worker and not yet answered, oldest first. */
  readonly jobs: Job<TIn, TOut>[];
  /** Why the worker is dying (set on 'error'); it gets no new jobs. */
  failure: Error | null;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export class WorkerPool<TIn, TOut> {
  readonly #module: URL;
  readonly #slots: Slot<TIn, TOut>[] = [];
  readonly #queue: Job<TIn, TOut>[] = [];
  readonly #depth: number;
  #closed = false;

  readonly #resourceLimits: ResourceLimits | undefined;

  /**
   * `depth`: jobs each worker holds at once. `resourceLimits`: V8 heap settings of each worker
   * (see analyse-pool.ts for why the analysis workers get a larger young generation).
   */
  constructor(module: URL, size: number, options: { readonly depth?: number; readonly resourceLimits?: ResourceLimits } = {}) {
    this.#module = module;
    this.#depth = Math.max(1, options.depth ?? 2);
    this.#resourceLimits = options.resourceLimits;
    for (let i = 0; i < size; i++) this.#slots.push(this.#spawn());
  }

  get size(): number {
    return this.#slots.length;
  }

  run(input: TIn): Promise<TOut> {
    if (this.#closed) return Promise.reject(new Error('worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ input, resolve, reject });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #spawn(): Slot<TIn, TOut> {
    const worker = new Worker(ENTRY, { workerData: { module: this.#module.href }, ...(this.#resourceLimits ? { resourceLimits: this.#resourceLimits } : {}) });
    const slot: Slot<TIn, TOut> = { worker, jobs: [], failure: null };
    worker.on('message', (out: TOut) => {
      slot.jobs.shift()?.resolve(out);
      this.#dispatch();
    });
    worker.on('error', (error) => {
      slot.failure = error;
    });
    // Settled on 'exit', not 'error': Node delivers the answers the worker sent before it died ahead of
    // 'exit' but not always ahead of 'error', so only now is the oldest unanswered job the one it died on.
    worker.on('exit', (code) => {
      const [failed, ...waiting] = slot.jobs.splice(0);
      failed?.reject(slot.failure ?? new Error(`worker exited with code ${code}`));
      this.#queue.unshift(...waiting);
      // replace the dead worker so the rest of the batch goes on
      const index = this.#slots.indexOf(slot);
      if (index >= 0 && !this.#closed) {
        this.#slots[index] = this.#spawn();
        this.#dispatch();
      }
    });
    return slot;
  }

  #dispatch(): void {
    // fill every worker to one job before giving any a second, so a short batch spreads evenly
    for (let fill = 1; fill <= this.#depth; fill++) {
      for (const slot of this.#slots) {
        if (slot.jobs.length >= fill || slot.failure !== null) continue;
        const job = this.#queue.shift();
        if (!job) return;
        slot.jobs.push(job);
        slot.worker.postMessage(job.input);
      }
    }
  }
}
