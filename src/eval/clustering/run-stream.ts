/** Feeds dataset records through one StoryClusterer in the given order; returns each record's final story. */
import { StoryClusterer, type ClusterOptions } from '../../stories/clustering/index.ts';

export interface ClusteringRecord {
  readonly id: string;
  readonly time: string | null;
  readonly title: string | null;
  readonly text: string | null;
  readonly cluster: string;
  readonly topic?: number;
}

export function clusterStream(records: readonly ClusteringRecord[], options: Partial<ClusterOptions> = {}): string[] {
  const clusterer = new StoryClusterer(options);
  for (const r of records) clusterer.add({ id: r.id, time: r.time === null ? null : Date.parse(r.time), title: r.title, text: r.text });
  return records.map((r) => clusterer.storyOf(r.id) ?? '');
}
