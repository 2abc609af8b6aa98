/** Shared helpers of the clean-text tests: a line set between two body sentences, and the seeds folder. */
import { existsSync } from 'node:fs';
import { cleanScrapedText } from '../../src/clean/text/index.ts';
import type { TextCleaning } from '../../src/clean/text/index.ts';

export const BEFORE = 'The minister said the talks would resume on Monday in Geneva.';
export const AFTER = 'Officials on both sides declined to comment on the report.';

/** Cleans `line` set as its own paragraph between two body paragraphs. */
export function cleanBetween(line: string): TextCleaning {
  return cleanScrapedText(`${BEFORE}\n\n${line}\n\n${AFTER}`, {});
}

export const SEEDS_DIR = new URL('../../../shared/corpus/seeds/', import.meta.url);
export const HAS_SEEDS = existsSync(SEEDS_DIR);
export const FIXTURES = new URL('../fixtures/clean-text/', import.meta.url);
