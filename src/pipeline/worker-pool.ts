/**
 * A fixed pool of worker threads running one module (ARCHITECTURE.md: stages are pure, so they
 * run in parallel). Jobs go to the first idle worker; a worker that dies fails its job and is
 * replaced, so one bad document cannot stop the batch.
 */
import { Worker } from 'node:worker_threads';

interface Job<TIn, TOut> {
  readonly input: TIn;
  readonly resolve: (out: TOut) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<TIn, TOut> {
  worker: Worker;
  job: Job<TIn, TOut> | null;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export class WorkerPool<TIn, TOut> {
  readonly #module: URL;
  readonly #slots: Slot<TIn, TOut>[] = [];
  readonly #queue: Job<TIn, TOut>[] = [];
  #closed = false;

  constructor(module: URL, size: number) {
    this.#module = module;
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
    const worker = new Worker(ENTRY, { workerData: { module: this.#module.href } });
    const slot: Slot<TIn, TOut> = { worker, job: null };
    worker.on('message', (out: TOut) => {
      const job = slot.job;
      slot.job = null;
      job?.resolve(out);
      this.#dispatch();
    });
    worker.on('error', (error) => {
      const job = slot.job;
      slot.job = null;
      job?.reject(error);
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
    for (const slot of this.#slots) {
      if (slot.job !== null) continue;
      const job = this.#queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.postMessage(job.input);
    }
  }
}
