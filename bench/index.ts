/** Every benchmark, in the order `npm run bench` runs them. */
import type { Benchmark } from './bench.ts';

export const benchmarks: readonly Benchmark[] = [
];
