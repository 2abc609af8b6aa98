/**
 * Tweets reproduced as text: a paragraph that ends with an embed's signature (`… — Jane Doe
 * (@janedoe) 4 January 2020`, `… pic.twitter.com/x — Jane Doe (@janedoe) January 4, 2020`) is a direct
 * quote by the account holder, medium twitter. The text before the signature is the content; the
 * signature's name is the speaker; the `(@handle)` is the cue. Linear in the text length.
 */
import type { Span } from '../../model/index.ts';

export interface TweetEmbed {
  readonly content: Span;
  readonly speaker: Span;
  readonly cue: Span;
}

// dash, a name of 1–6 words, the handle in brackets, an optional date, then the end of the paragraph
const SIGNATURE = /[ \t]+[—–-]{1,2}[ \t]+([^\s()—–][^\n()—–]{0,60}?)[ \t]+(\(@\w{1,30}\))(?:[ \t]+[\p{L}\p{N}, .]{0,24}\d{4})?[ \t]*$/gmu;

export function findTweetEmbeds(text: string): TweetEmbed[] {
  const out: TweetEmbed[] = [];
  // every signature holds `(@`: most articles have none, and the regex would scan the whole text
  if (!text.includes('(@')) return out;
  for (const m of text.matchAll(SIGNATURE)) {
    const at = m.index;
    const name = m[1] ?? '';
    const handle = m[2] ?? '';
    const paragraphStart = text.lastIndexOf('\n', at) + 1;
    let start = paragraphStart;
    let end = at;
    // leading and trailing ellipses join a thread of tweets; they are not words of the tweet
    while (start < end && /[\s.…]/.test(text[start] ?? '')) start++;
    while (end > start && /[\s.…]/.test(text[end - 1] ?? '')) end--;
    if (end - start < 2) continue;
    if (end < text.length && /[.!?…]/.test(text[end] ?? '')) end++;
    const nameStart = text.indexOf(name, at);
    const handleStart = text.indexOf(handle, nameStart + name.length);
    out.push({
      content: { start, end },
      speaker: { start: nameStart, end: nameStart + name.length },
      cue: { start: handleStart, end: handleStart + handle.length },
    });
  }
  return out;
}
