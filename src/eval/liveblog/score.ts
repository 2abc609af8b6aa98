/** Scores one segmentation against a rendered blog's truth: boundary counts and exact-minute times. */
import type { LiveblogSegmentation } from '../../clean/liveblog/index.ts';
import type { RenderedBlog } from './render-blog.ts';

export interface Tally {
  truePositives: number;
  predicted: number;
  gold: number;
  timesRight: number;
  detected: number;
  blogs: number;
}

export const emptyTally = (): Tally => ({ truePositives: 0, predicted: 0, gold: 0, timesRight: 0, detected: 0, blogs: 0 });

export function addToTally(tally: Tally, blog: RenderedBlog, result: LiveblogSegmentation): void {
  const predictedAt = new Map(result.entries.map((e) => [e.start, e.time]));
  tally.blogs += 1;
  tally.detected += result.isLiveblog ? 1 : 0;
  tally.predicted += result.entries.length;
  tally.gold += blog.truth.length;
  for (const block of blog.truth) {
    const time = predictedAt.get(block.start);
    if (time === undefined) continue;
    tally.truePositives += 1;
    if (time === block.time) tally.timesRight += 1;
  }
}

export function ratios(t: Tally): { precision: number; recall: number; f1: number; timeAccuracy: number; detected: number } {
  const precision = t.predicted === 0 ? 0 : t.truePositives / t.predicted;
  const recall = t.gold === 0 ? 0 : t.truePositives / t.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, timeAccuracy: t.gold === 0 ? 0 : t.timesRight / t.gold, detected: t.blogs === 0 ? 0 : t.detected / t.blogs };
}
