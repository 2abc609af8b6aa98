/**
 * Online story clustering from scratch over news-sample (the three long-form files, fed in time
 * order): articles per second and peak resident memory of one StoryClusterer.
 */
import { StoryClusterer } from '../src/stories/clustering/index.ts';
import type { Benchmark } from './bench.ts';
import { withPeakRss } from './memory.ts';
import { readNewsSample } from './news-sample.ts';

export const clusteringBench: Benchmark = {
  name: 'clustering',
  description: 'online story clustering of news-sample articles in time order, from scratch',
  async run(ctx) {
    const records = (await readNewsSample(ctx.dataDir, ctx.limit ?? 5000)).sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const started = performance.now();
    const { result: stories, peakRssMb } = await withPeakRss(async () => {
      const clusterer = new StoryClusterer();
      for (const r of records) clusterer.add({ id: r.id, time: Date.parse(r.time), title: r.title, text: r.text });
      return clusterer.stories().length;
    });
    const seconds = (performance.now() - started) / 1000;
    ctx.log(`clustering: ${records.length} articles → ${stories} stories in ${seconds.toFixed(1)} s`);
    return [
      { name: 'clustering.articles_per_s', value: records.length / seconds, unit: 'articles/s', note: `${records.length} articles, ${stories} stories` },
      { name: 'clustering.peak_rss', value: peakRssMb, unit: 'MB', note: 'whole process, data loaded' },
    ];
  },
};
