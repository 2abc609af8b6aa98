/** One T17 task (topic × reference timeline) run the news-tls way: output size l × k, input window = reference date range. */
import type { AnnotatedArticle, TimelineItem, TimelineTuning } from '../../stories/timeline/index.ts';
import { buildTimeline } from '../../stories/timeline/index.ts';
import { scoreTimeline, type TaskScores, type Timeline } from './align.ts';
import { referenceMap, type RawTimeline } from './read-t17.ts';

/** Python 3 `round` (half to even), which news-tls uses for k. */
export function pyRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

export interface TaskSetting {
  /** Number of reference dates (l). */
  readonly dates: number;
  /** round(mean sentences per reference date) (k). */
  readonly perDate: number;
  readonly start: string;
  readonly end: string;
}

export function taskSetting(reference: ReadonlyMap<string, readonly string[]>): TaskSetting {
  const days = [...reference.keys()].sort();
  const sentences = [...reference.values()].reduce((a, s) => a + s.length, 0);
  return { dates: days.length, perDate: pyRound(sentences / days.length), start: days[0] as string, end: days[days.length - 1] as string };
}

export interface TaskResult {
  readonly setting: TaskSetting;
  readonly items: readonly TimelineItem[];
  readonly scores: TaskScores;
}

export function runTask(articles: readonly AnnotatedArticle[], raw: RawTimeline, keywords: readonly string[], tuning?: TimelineTuning): TaskResult {
  const reference = referenceMap(raw);
  const setting = taskSetting(reference);
  const published = (a: AnnotatedArticle): string => a.doc.published?.value.slice(0, 10) ?? '';
  const input = articles.filter((a) => published(a) >= setting.start && published(a) <= setting.end);
  const items = buildTimeline(input, {
    maxDates: setting.dates, perDate: setting.perDate, window: { start: setting.start, end: setting.end }, keywords,
  }, tuning);
  const predicted: Timeline = new Map(items.map((i) => [i.date, i.sentences.map((s) => s.text)]));
  return { setting, items, scores: scoreTimeline(predicted, reference) };
}
