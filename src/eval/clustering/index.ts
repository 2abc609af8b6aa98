/**
 * Eval suite `clustering`: feeds the clustering DEV files through one online StoryClusterer each
 * (ECB+ in file order, no time; UCI headlines in time order) and scores B-cubed and pairwise P/R/F1
 * as ../shared/data/clustering/README.md defines them. ECB+ is one run scored against two labelings
 * (topic and sub-topic), with the default options; a second run with a stricter setting is scored
 * against sub-topics only (`clustering.ecbplus.subtopic.strict.*`). Extra diagnostics: the same data in a seeded
 * shuffled order (the dev files come in contiguous blocks per story, which flatters an online
 * clusterer; the shuffle shows what is left without that), and UCI without its crawl times.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonlGz } from '../liveblog/read-jsonl-gz.ts';
import type { EvalSuite, Metric, SuiteContext } from '../suite.ts';
import { clusterStream, type ClusteringRecord } from './run-stream.ts';
import { scoreClustering, type ClusteringScores } from './score.ts';
import { shuffled } from './shuffle.ts';

const ECB = 'clustering/ecbplus/ecbplus.dev.jsonl.gz';
const UCI = 'clustering/uci-news-aggregator/uci-prefix.dev.jsonl.gz';
/** A second, stricter setting for sub-topics (ECB+ dev, sweep.ts: 0.843–0.847 for join 0.18–0.2, merge 0.3, names 0.3–0.5): reported beside the one-run figures. */
const SUBTOPIC_STRICT = { joinThreshold: 0.18, mergeThreshold: 0.3, entityWeight: 0.4 };
const ANCHOR = 'anchor: Miranda et al. 2018 pairwise F1 94.0 (B3 n/a) on Event Registry EN test — other data';

function metrics(prefix: string, s: ClusteringScores, note: string): Metric[] {
  const counts = `${s.documents} docs, ${s.goldClusters} gold / ${s.predictedClusters} predicted clusters`;
  return [
    { name: `${prefix}.bcubed.f1`, value: s.bcubed.f1, note: `${counts}${note ? `; ${note}` : ''}` },
    { name: `${prefix}.bcubed.precision`, value: s.bcubed.precision },
    { name: `${prefix}.bcubed.recall`, value: s.bcubed.recall },
    { name: `${prefix}.pairwise.f1`, value: s.pairwise.f1 },
    { name: `${prefix}.pairwise.precision`, value: s.pairwise.precision },
    { name: `${prefix}.pairwise.recall`, value: s.pairwise.recall },
  ];
}

function runEcb(path: string): Metric[] {
  const records = readJsonlGz<ClusteringRecord>(path);
  const stories = clusterStream(records);
  const mixed = shuffled(records, 8);
  const mixedStories = clusterStream(mixed);
  return [
    ...metrics('clustering.ecbplus.topic', scoreClustering(records.map((r) => String(r.topic)), stories), 'file order, no time'),
    ...metrics('clustering.ecbplus.subtopic', scoreClustering(records.map((r) => r.cluster), stories), 'same run as topic'),
    ...metrics('clustering.ecbplus.subtopic.strict', scoreClustering(records.map((r) => r.cluster), clusterStream(records, SUBTOPIC_STRICT)), 'second run, stricter setting'),
    { name: 'clustering.ecbplus.topic.shuffled.bcubed.f1', value: scoreClustering(mixed.map((r) => String(r.topic)), mixedStories).bcubed.f1, note: 'seeded shuffle, diagnostic' },
    { name: 'clustering.ecbplus.subtopic.shuffled.bcubed.f1', value: scoreClustering(mixed.map((r) => r.cluster), mixedStories).bcubed.f1, note: 'seeded shuffle, diagnostic' },
  ];
}

function runUci(path: string): Metric[] {
  const records = readJsonlGz<ClusteringRecord>(path);
  const stories = clusterStream(records);
  // The timestamps are the crawler's walk through the stories (each story spans < 75 s, ids rise with time):
  // time proximity here reads story order. Without times is the honest figure; shuffled is harder still.
  const untimed = records.map((r) => ({ ...r, time: null }));
  const mixed = shuffled(untimed, 8);
  return [
    ...metrics('clustering.uci', scoreClustering(records.map((r) => r.cluster), stories), `time order; ${ANCHOR}`),
    { name: 'clustering.uci.untimed.bcubed.f1', value: scoreClustering(untimed.map((r) => r.cluster), clusterStream(untimed)).bcubed.f1, note: 'file order, times dropped (crawl times read story order), diagnostic' },
    { name: 'clustering.uci.shuffled.bcubed.f1', value: scoreClustering(mixed.map((r) => r.cluster), clusterStream(mixed)).bcubed.f1, note: 'seeded shuffle, times dropped, diagnostic' },
  ];
}

export const clusteringSuite: EvalSuite = {
  name: 'clustering',
  description: 'online story clustering: B-cubed and pairwise P/R/F1 on ECB+ (topic, sub-topic) and UCI headlines',
  isAvailable: (ctx: SuiteContext) => existsSync(join(ctx.dataDir, ECB)) || existsSync(join(ctx.dataDir, UCI)),
  async run(ctx: SuiteContext): Promise<readonly Metric[]> {
    const out: Metric[] = [];
    if (existsSync(join(ctx.dataDir, ECB))) out.push(...runEcb(join(ctx.dataDir, ECB)));
    else ctx.log(`clustering: ${ECB} absent, ECB+ skipped`);
    if (existsSync(join(ctx.dataDir, UCI))) out.push(...runUci(join(ctx.dataDir, UCI)));
    else ctx.log(`clustering: ${UCI} absent, UCI skipped`);
    return out;
  },
};
