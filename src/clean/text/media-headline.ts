/**
 * A media kicker over the page's own headline ("WATCH | The Iranian plan that …", "VIDEO: …").
 * Inside a body the same kicker introduces a link to another page, and the link rules drop it; at the
 * top of the page, before any kept line, it labels what the page itself is, so its title is kept as
 * the headline and only the kicker goes.
 */
import { isHeadlineLike } from './find-headline.ts';
import { isBodyLike, makeItem, nextKept, type Item, type Verdicts } from './items.ts';
import type { RemovedPart } from './read-items.ts';

/** Upper-case kickers that say what kind of media the page is; "READ |" and "RELATED |" always point elsewhere. */
const MEDIA_KICKER = /^(?:WATCH|VIDEO|LISTEN|AUDIO|PODCAST|GALLERY|PHOTOS|IN PICTURES)\s?[:|–—-]\s?/u;
/** How many kept lines (datelines, captions) may sit between the headline and the first body paragraph. */
const BODY_WITHIN = 4;

/**
 * Keeps the first line's title when it is a media kicker dropped as a link at the top of the page and
 * body text follows; returns the kicker as a removed part, or null when nothing changed. Mutates
 * `items` (the line loses its kicker) and `verdicts`.
 */
export function keepMediaHeadline(items: Item[], verdicts: Verdicts): RemovedPart | null {
  // the first line that is kept or a dropped link: a link there has no kept line above it
  const index = verdicts.findIndex((v) => v === null || v === 'read-more');
  if (index < 0 || verdicts[index] !== 'read-more') return null;
  const item = items[index]!;
  const kicker = MEDIA_KICKER.exec(item.text);
  if (kicker === null) return null;
  const title = makeItem(item.line, item.text.slice(kicker[0].length), item.blankBefore);
  if (!isHeadlineLike(title) || !hasBodyAfter(items, verdicts, index)) return null;
  items[index] = title;
  verdicts[index] = null;
  return { line: item.line, text: kicker[0].trim(), reason: 'media-kicker' };
}

function hasBodyAfter(items: readonly Item[], verdicts: Verdicts, index: number): boolean {
  for (let i = nextKept(verdicts, index), seen = 0; i >= 0 && seen < BODY_WITHIN; i = nextKept(verdicts, i), seen++) {
    if (isBodyLike(items[i]!)) return true;
  }
  return false;
}
