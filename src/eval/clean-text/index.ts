/**
 * clean.text on clean articles: news-sample texts (../shared/data/news-sample/*.jsonl.gz, field `text`)
 * are article bodies without page chrome, so the scraped-text cleaner should keep (almost) every line.
 * body_lines_kept = share of non-empty input lines found whole in the cleaned text; it falls when a
 * chrome rule starts taking body sentences. Articles are sampled evenly through each file (deterministic).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanScrapedText } from '../../clean/text/index.ts';
import type { EvalSuite, Metric, SuiteContext } from '../suite.ts';

const FILES = ['entities-guardian', 't17', 'polnear', 'reuters21578-wire'] as const;
const ARTICLES_PER_FILE = 500;

interface Tally {
  lines: number;
  kept: number;
}

function pathOf(ctx: SuiteContext, file: string): string {
  return join(ctx.dataDir, 'news-sample', `${file}.jsonl.gz`);
}

/** Evenly spaced records, so the sample spans the file's years and outlets. */
function sampleTexts(path: string, count: number): string[] {
  const records = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((line) => line.length > 0);
  const step = Math.max(1, Math.floor(records.length / count));
  const texts: string[] = [];
  for (let i = 0; i < records.length && texts.length < count; i += step) {
    const record = JSON.parse(records[i]!) as { text?: unknown };
    if (typeof record.text === 'string') texts.push(record.text);
  }
  return texts;
}

function tallyKept(text: string, into: Tally): void {
  const cleaned = cleanScrapedText(text, {}).text;
  for (const line of text.split('\n')) {
    // the cleaner normalises whitespace, drops invisible characters and bullet glyphs; compare what is left
    const normalised = line.replace(/[\u00ad\u200b\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim().replace(/^[•◦▪▫‣●○■□∙·] ?/, '');
    if (normalised.length === 0) continue;
    into.lines++;
    if (cleaned.includes(normalised)) into.kept++;
  }
}

export const cleanTextSuite: EvalSuite = {
  name: 'clean.text',
  description: `scraped-text cleaner keeps the lines of clean news-sample articles (${ARTICLES_PER_FILE} per file)`,
  isAvailable: (ctx) => FILES.every((file) => existsSync(pathOf(ctx, file))),
  async run(ctx): Promise<readonly Metric[]> {
    const total: Tally = { lines: 0, kept: 0 };
    const notes: string[] = [];
    for (const file of FILES) {
      const tally: Tally = { lines: 0, kept: 0 };
      for (const text of sampleTexts(pathOf(ctx, file), ARTICLES_PER_FILE)) tallyKept(text, tally);
      ctx.log(`clean.text: ${file}: ${tally.kept}/${tally.lines} lines kept`);
      notes.push(`${file} ${(tally.kept / tally.lines).toFixed(4)}`);
      total.lines += tally.lines;
      total.kept += tally.kept;
    }
    return [{ name: 'clean.text.body_lines_kept', value: total.kept / total.lines, note: `${total.kept}/${total.lines} lines; ${notes.join(', ')}` }];
  },
};
