/** Scores one extractor on both page sets with each benchmark's own scoring. */
import type { PrecisionRecallF1, ShingleCounts } from '../metrics/shingle-f1.ts';
import { shingleCounts, shingleScores } from '../metrics/shingle-f1.ts';
import type { Confusion, SegmentScores } from '../metrics/segment-match.ts';
import { countSegments, segmentScores, sumConfusions } from '../metrics/segment-match.ts';
import type { TrafilaturaPage, ZytePage } from './read-pages.ts';

export type TextExtractor = (html: string, url: string) => string | null;

export interface ZyteResult {
  readonly scores: PrecisionRecallF1;
  readonly perPage: readonly ShingleCounts[];
  readonly seconds: number;
}

export interface TrafilaturaResult {
  readonly scores: SegmentScores;
  readonly totals: Confusion;
  readonly perPage: readonly Confusion[];
  readonly seconds: number;
}

export function scoreZyte(pages: readonly ZytePage[], extract: TextExtractor): ZyteResult {
  const started = performance.now();
  const outputs = pages.map((p) => extract(p.html, p.url) ?? '');
  const seconds = (performance.now() - started) / 1000;
  const perPage = pages.map((p, i) => shingleCounts(p.articleBody, outputs[i]!));
  return { scores: shingleScores(perPage), perPage, seconds };
}

export function scoreTrafilatura(pages: readonly TrafilaturaPage[], extract: TextExtractor): TrafilaturaResult {
  const started = performance.now();
  const outputs = pages.map((p) => extract(p.html, p.url));
  const seconds = (performance.now() - started) / 1000;
  const perPage = pages.map((p, i) => countSegments(p.with, p.without, outputs[i] ?? null));
  const totals = sumConfusions(perPage);
  return { scores: segmentScores(totals), totals, perPage, seconds };
}
