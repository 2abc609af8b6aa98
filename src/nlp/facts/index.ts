/**
 * Numeric facts: every number in the text that counts or measures something (`3,000 additional
 * troops`, `Brent oil soared by 4.5%`, `more than half a million active service members`), with
 * its quantity, unit, what it is about, the entity measured and the direction of a change.
 * Dates, times, years, ages, ordinals, phone numbers and numbers inside time expressions are not
 * facts. Linear in tokens: each token is read a bounded number of times; word lists are indexed
 * once at load. See README.md for the decisions (vague numbers, qualifiers, ranges).
 */
import type { Fact } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { CARDINALS } from './data/number-words.ts';
import { readFact } from './read-fact.ts';
import { buildTokenContext, sentenceTokenRanges } from './token-context.ts';

export { splitAbout, type AboutParts } from './about.ts';

/** A cheap test run on every token: digits, or a word that can begin a spelled number. */
function mayStartNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  return (code >= 48 && code <= 57) || CARDINALS.has(word) || word === 'a' || word === 'an' || word === 'half' || (code >= 97 && code <= 122 && word.includes('-'));
}

export function extractFacts(input: StageInput): Fact[] {
  const ctx = buildTokenContext(input);
  const facts: Fact[] = [];
  for (const [begin, end] of sentenceTokenRanges(input)) {
    for (let i = begin; i < end; i++) {
      if (!mayStartNumber(ctx.lower[i] ?? '')) continue;
      const result = readFact(ctx, i, begin, end);
      if (!result) continue;
      if ('fact' in result) facts.push({ id: `f${facts.length}`, ...result.fact });
      i = Math.max(i, result.last);
    }
  }
  return facts;
}
