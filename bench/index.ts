/** Every benchmark, in the order `npm run bench` runs them. */
import type { Benchmark } from './bench.ts';
import { ingestBench } from './ingest.bench.ts';
import { htmlBench } from './html.bench.ts';
import { htmlPeersBench } from './html-peers.bench.ts';
import { understandBench } from './understand.bench.ts';
import { coresBench } from './cores.bench.ts';
import { clusteringBench } from './clustering.bench.ts';
import { duplicatesBench } from './duplicates.bench.ts';
import { storyLatencyBench } from './story-latency.bench.ts';
import { apiLatencyBench } from './api-latency.bench.ts';
import { storyRenderBench } from './story-render.bench.ts';

export const benchmarks: readonly Benchmark[] = [
  ingestBench,
  htmlBench,
  htmlPeersBench,
  coresBench,
  understandBench,
  clusteringBench,
  duplicatesBench,
  storyLatencyBench,
  apiLatencyBench,
  storyRenderBench,
];
