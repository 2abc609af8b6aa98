/**
 * Threshold sweep on the DEV files (how DEFAULT_CLUSTER_OPTIONS was chosen; README.md has the table):
 * `node --import tsx src/eval/clustering/sweep.ts [DATA_DIR] [key=v1,v2,... ...]`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonlGz } from '../liveblog/read-jsonl-gz.ts';
import { clusterStream, type ClusteringRecord } from './run-stream.ts';
import { scoreClustering } from './score.ts';
import { shuffled } from './shuffle.ts';

const dataDir = process.argv[2] ?? fileURLToPath(new URL('../../../../shared/data', import.meta.url));
const grid = process.argv.slice(3).map((arg) => {
  const [key, values] = arg.split('=');
  return [key as string, (values ?? '').split(',').map(Number)] as const;
});
const ecb = readJsonlGz<ClusteringRecord>(join(dataDir, 'clustering/ecbplus/ecbplus.dev.jsonl.gz'));
const uci = readJsonlGz<ClusteringRecord>(join(dataDir, 'clustering/uci-news-aggregator/uci-prefix.dev.jsonl.gz'));

function* combinations(i: number, acc: Record<string, number>): Generator<Record<string, number>> {
  if (i === grid.length) return yield { ...acc };
  const [key, values] = grid[i] as readonly [string, number[]];
  for (const v of values) yield* combinations(i + 1, { ...acc, [key]: v });
}

const f = (x: number): string => x.toFixed(3);
for (const options of combinations(0, {})) {
  const e = clusterStream(ecb, options);
  const topic = scoreClustering(ecb.map((r) => String(r.topic)), e);
  const sub = scoreClustering(ecb.map((r) => r.cluster), e);
  const mixed = shuffled(ecb, 8);
  const mixedTopic = scoreClustering(mixed.map((r) => String(r.topic)), clusterStream(mixed, options));
  const u = scoreClustering(uci.map((r) => r.cluster), clusterStream(uci, options));
  process.stdout.write(
    `${JSON.stringify(options)}  ecb topic B3 ${f(topic.bcubed.precision)}/${f(topic.bcubed.recall)}/${f(topic.bcubed.f1)}` +
      `  sub B3 ${f(sub.bcubed.f1)}  shuffled topic B3 ${f(mixedTopic.bcubed.f1)}  (${topic.predictedClusters} cl)  uci B3 ${f(u.bcubed.precision)}/${f(u.bcubed.recall)}/${f(u.bcubed.f1)} pw ${f(u.pairwise.f1)} (${u.predictedClusters} cl)\n`,
  );
}
