/**
 * Posts reproduced as text. An article that embeds a tweet keeps its signature line, "… — Jane Doe
 * (@janedoe) 4 January 2020"; the quote finder makes the post a direct quote whose cue is the
 * bracketed handle (src/nlp/quotes/tweets.ts). The post is its author's own text, published on the
 * signature's date: a happening it tells without a time of its own was told by its author — who
 * vouches for it, as a report's byline does — by that date. That holds for every sentence of the
 * post (a thread of tweets runs over several), not only the one that ends in the signature. The
 * date is the telling's, like a live-blog entry's stamp (`from: 'anchor'`).
 */
import type { EventDate, Quote } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { ownDate } from './dating.ts';
import { within } from './spans.ts';

/** A signature's handle as the tweet finder marks it: `(@janedoe)`. */
const HANDLE = /^\(@\w+\)$/;

/** The longest gap between the handle and the date of a signature ("(@janedoe) 4 January 2020"). */
const SIGNATURE_GAP = 3;

export function isSignedPost(text: string, quote: Quote): boolean {
  return quote.cue !== null && quote.kind === 'direct' && HANDLE.test(text.slice(quote.cue.start, quote.cue.end));
}

/** The date of a signed post: the calendar time right after its handle; null for any other quote. */
export function postDate(input: Pick<StageInput, 'doc' | 'timexes'>, quote: Quote): EventDate | null {
  if (quote.cue === null || !isSignedPost(input.doc.text, quote)) return null;
  const from = quote.cue.end;
  const next = within(input.timexes, { start: from, end: from + SIGNATURE_GAP + 40 })[0];
  if (next === undefined || next.start - from > SIGNATURE_GAP || input.doc.text.slice(from, next.start).trim() !== '') return null;
  const date = ownDate([next], next, next);
  // the time of the telling, like a live-blog entry's stamp: not a time the text gives the happening,
  // so it dates no later "the attack" or happening with a participant in common (those take `timex` dates only)
  return date === null ? null : { value: date.value, precision: date.precision, from: 'anchor' };
}
