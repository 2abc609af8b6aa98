/**
 * The page header — what comes before the second body paragraph — holds datelines ("January 3, 2020",
 * "2020-01-04 20:59") and bylines. They are read and dropped there only: further down, a date on a line
 * of its own may be a live blog's day separator, which a later stage needs. Runs after the other chrome
 * is gone, so the header is the same whether the text is cleaned once or twice.
 */
import type { Item, Verdicts } from './items.ts';
import { isBodyLike, isTimedEntry } from './items.ts';
import type { StatedDate } from './read-dateline.ts';
import { readDateline } from './read-dateline.ts';
import { LINE_RULES, matchRule } from './rules/index.ts';
import type { LineRule } from './rules/index.ts';

/** The page header ends once this many body-like paragraphs have been kept. */
const HEADER_BODY_PARAGRAPHS = 2;

export function dropHeaderLines(items: readonly Item[], verdicts: Verdicts, rules: readonly LineRule[] = LINE_RULES): StatedDate[] {
  const headerRules = rules.filter((rule) => rule.headerOnly);
  const datelines: StatedDate[] = [];
  let bodyParagraphs = 0;
  for (let i = 0; i < items.length && bodyParagraphs < HEADER_BODY_PARAGRAPHS; i++) {
    const item = items[i]!;
    if (verdicts[i] !== null || isTimedEntry(item.text)) continue;
    const dateline = readDateline(item.text);
    if (dateline !== null) {
      verdicts[i] = 'dateline';
      datelines.push(dateline);
      continue;
    }
    verdicts[i] = matchRule(headerRules, item.text, item.words, true)?.name ?? null;
    if (verdicts[i] === null && isBodyLike(item)) bodyParagraphs++;
  }
  return datelines;
}
