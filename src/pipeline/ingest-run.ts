/**
 * What `storyline ingest` does after reading its arguments, shared with the server's upload route:
 * ingest → analyse what is new → relate it into stories, and the one summary line both print.
 */
import type { Problem } from '../model/index.ts';
import type { Store } from '../store/index.ts';
import { analyseStored, type AnalyseSummary } from './analyse.ts';
import { ingestPaths, ingestRaw, type IngestOptions, type IngestSummary } from './ingest.ts';
import { readUploadedRaw, type UploadedFile } from './read-raw.ts';
import { relateStored, type RelateSummary } from './relate.ts';
import { storeStoryViews } from './store-story-views.ts';

export interface IngestRun {
  readonly summary: IngestSummary;
  readonly analysis: AnalyseSummary | null;
  readonly relation: RelateSummary | null;
  /** Every problem of the three steps, in order. */
  readonly problems: readonly Problem[];
  /** True when anything failed (the CLI's exit status 1). */
  readonly failed: boolean;
}

/** `inputs`: paths (files, directories, `-`), or files already in memory. */
export async function ingestAnalyseRelate(store: Store, inputs: readonly string[] | { readonly uploads: readonly UploadedFile[] }, options: IngestOptions & { readonly skipAnalysis?: boolean } = {}): Promise<IngestRun> {
  const summary = 'uploads' in inputs ? await ingestRaw(store, readUploadedRaw(inputs.uploads, options), options) : await ingestPaths(store, inputs, options);
  const analysis = options.skipAnalysis === true ? null : await analyseStored(store);
  const relation = analysis === null ? null : await relateStored(store);
  // the page's views of the stories that changed, ready for their first reader (store-story-views.ts)
  const views = relation === null || relation.stories.length === 0 ? null : await storeStoryViews(store, relation.stories);
  const problems = [...summary.problems, ...(analysis?.problems ?? []), ...(relation?.problems ?? []), ...(views?.problems ?? [])];
  const failed = summary.failed > 0 || (analysis?.failed ?? 0) > 0 || (relation?.failed ?? 0) > 0;
  return { summary, analysis, relation, problems, failed };
}

/** `ingested 2, unchanged 0, failed 1, analysed 2, related 2 (…)` */
export function describeIngestRun(run: IngestRun): string {
  const { summary, analysis, relation } = run;
  const analysed = analysis ? `, analysed ${analysis.analysed}${analysis.failed > 0 ? ` (${analysis.failed} failed)` : ''}` : '';
  return `ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${summary.failed}${analysed}${relation ? `, ${describeRelation(relation)}` : ''}`;
}

/** `related 5 (2 new stories, 3 joined, 1 merge, 2 duplicates)` for the summary line. */
export function describeRelation(r: RelateSummary): string {
  const merges = r.merged > 0 ? `, ${r.merged} merged` : '';
  const failed = r.failed > 0 ? `, ${r.failed} failed` : '';
  return `related ${r.related} (${r.opened} new ${r.opened === 1 ? 'story' : 'stories'}, ${r.joined} joined${merges}, ${r.duplicates} duplicate ${r.duplicates === 1 ? 'pair' : 'pairs'}${failed})`;
}
