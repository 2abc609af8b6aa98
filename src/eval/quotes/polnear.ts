/**
 * Loads one PolNeAR split (../shared/data/quotes/polnear/<split>/) with its canonical annotation
 * per article: the row of manifest.tsv with canonical=1 (the annotator id that sorts first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBrat } from './brat.ts';
import type { Attribution } from './score.ts';

export interface PolnearArticle {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly Attribution[];
}

export function polnearDir(dataDir: string): string {
  return join(dataDir, 'quotes', 'polnear');
}

export function hasPolnear(dataDir: string, split: string): boolean {
  const dir = polnearDir(dataDir);
  return existsSync(join(dir, 'manifest.tsv')) && existsSync(join(dir, split, 'text'));
}

export function loadPolnear(dataDir: string, split: string): PolnearArticle[] {
  const dir = polnearDir(dataDir);
  const rows = readFileSync(join(dir, 'manifest.tsv'), 'utf8').split('\n').slice(1);
  const articles: PolnearArticle[] = [];
  for (const row of rows) {
    const [rowSplit, article, annotator, canonical] = row.split('\t');
    if (rowSplit !== split || canonical !== '1' || !article || !annotator) continue;
    const text = readFileSync(join(dir, split, 'text', `${article}.txt`), 'utf8');
    const ann = readFileSync(join(dir, split, 'attributions', `${article}_${annotator}.ann`), 'utf8');
    articles.push({ name: article, text, gold: parseBrat(ann, text) });
  }
  return articles;
}
