/**
 * The views of one loaded story — timeline, summary, reactions, contradictions — computed by the pure
 * story stages. The CLI, the export and the server call these, so no view is computed two ways.
 * Each view reads the current articles only (an older version is replaced by its newer one), except
 * contradictions, which compare versions for live-blog times.
 */
import { currentArticles } from '../stories/index.ts';
import { findContradictions, toContradictionRecords, type Contradiction, type ContradictionRecord } from '../stories/contradictions/index.ts';
import { escalationSeries, reactionMatrix, type EscalationDay, type ReactionMatrix } from '../stories/reactions/index.ts';
import { summariseStory, type StorySummary as SummaryView } from '../stories/summary/index.ts';
import { buildTimeline, toTimelineRecords, type TimelineItem, type TimelineRecord } from '../stories/timeline/index.ts';
import type { Document } from '../model/index.ts';
import type { LoadedStory } from './story-articles.ts';

export type { ActorRow, EscalationDay, ReactionMatrix } from '../stories/reactions/index.ts';
export { STANCES } from '../stories/reactions/index.ts';
export type { Contradiction, ContradictionRecord } from '../stories/contradictions/index.ts';
export type { SummarySentence, StorySummary as SummaryView } from '../stories/summary/index.ts';
export type { TimelineItem, TimelineRecord } from '../stories/timeline/index.ts';

/** The timeline's items, and its export records (offsets in code points) for the CLI and the export. */
export function storyTimeline(loaded: LoadedStory, options: { maxDates: number; perDate: number }): { items: TimelineItem[]; records: TimelineRecord[] } {
  const items = storyTimelineItems(loaded, options);
  return { items, records: toTimelineRecords(loaded.story.id, items, documentsOf(loaded)) };
}

/** The timeline's items alone (UTF-16 offsets): what the API serves, without the export's records. */
export function storyTimelineItems(loaded: LoadedStory, options: { maxDates: number; perDate: number }): TimelineItem[] {
  const articles = currentArticles(loaded.articles);
  const copyGroups = new Map<string, string>();
  for (const a of articles) if (a.copyGroup) copyGroups.set(a.doc.id, a.copyGroup);
  return buildTimeline(articles, { ...options, copyGroups });
}

export function storySummary(loaded: LoadedStory, options: { maxSentences: number; maxChars?: number }): SummaryView {
  return summariseStory(loaded.articles, options);
}

export function storyReactions(loaded: LoadedStory): { matrix: ReactionMatrix; escalation: EscalationDay[] } {
  return { matrix: reactionMatrix(loaded.articles), escalation: escalationSeries(loaded.articles) };
}

export function storyContradictions(loaded: LoadedStory): { items: Contradiction[]; records: ContradictionRecord[] } {
  const matches = loaded.pairs.map((p) => ({ docs: p.docs, passages: p.passages.map((m) => m.passages) }));
  const items = findContradictions(loaded.articles, matches);
  return { items, records: toContradictionRecords(loaded.story.id, items, documentsOf(loaded)) };
}

function documentsOf(loaded: LoadedStory): Map<string, Document> {
  return new Map(loaded.articles.map((a) => [a.doc.id, a.doc]));
}
