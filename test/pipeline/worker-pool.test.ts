import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerPool } from '../../src/pipeline/worker-pool.ts';

test('worker pool: runs jobs on every worker, survives a worker that dies, and closes', async () => {
  const pool = new WorkerPool<number, number>(new URL('./fixtures-echo-worker.ts', import.meta.url), 2);
  try {
    const results = await Promise.allSettled([1, 2, -1, 3, 4, 5].map((n) => pool.run(n)));
    assert.deepEqual(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed')), [2, 4, 'failed', 6, 8, 10]);
    assert.equal(await pool.run(21), 42, 'the pool still works after a worker died');
    assert.equal(pool.size, 2);
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.run(1), /closed/);
});

test('worker pool: a job waiting behind one that kills its worker runs on the replacement', async () => {
  const pool = new WorkerPool<number, number>(new URL('./fixtures-echo-worker.ts', import.meta.url), 1, { depth: 3 });
  try {
    const results = await Promise.allSettled([-1, 5, 6].map((n) => pool.run(n)));
    assert.deepEqual(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed')), ['failed', 10, 12]);
  } finally {
    await pool.close();
  }
});
