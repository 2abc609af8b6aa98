import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InFlight } from '../../src/server/in-flight.ts';

test('concurrent runs for one key share one start; a settled key starts afresh', async () => {
  const flights = new InFlight<string, number>();
  let starts = 0;
  const start = () => new Promise<number>((resolve) => setTimeout(() => resolve(++starts), 5));
  const burst = await Promise.all([flights.run('a', start), flights.run('a', start), flights.run('a', start)]);
  assert.deepEqual(burst, [1, 1, 1]);
  assert.equal(flights.size, 0, 'nothing kept after the promise settled');
  assert.equal(await flights.run('a', start), 2);
  const [a, b] = await Promise.all([flights.run('a', start), flights.run('b', start)]);
  assert.notEqual(a, b, 'two keys, two starts');
});

test('a failed run is shared by its burst and forgotten', async () => {
  const flights = new InFlight<string, number>();
  let starts = 0;
  const failing = () => { starts++; return Promise.reject(new Error('store down')); };
  const results = await Promise.allSettled([flights.run('a', failing), flights.run('a', failing)]);
  assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
  assert.equal(starts, 1);
  assert.equal(await flights.run('a', () => Promise.resolve(7)), 7);
});
