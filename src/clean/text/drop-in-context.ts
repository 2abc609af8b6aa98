/**
 * Chrome that only its neighbours give away: a video block (title, duration, player notice), the
 * caption above a credit line, and a caption printed twice (alt text + figcaption).
 */
import { finalMark } from './normalize-line.ts';
import type { Item, Verdicts } from './items.ts';
import { isBareTime, isTimedEntry, nextKept, previousKept } from './items.ts';

const MAX_VIDEO_TITLE_WORDS = 12;
const MAX_CAPTION_WORDS = 40;
const MAX_UNJOINED_CAPTION_WORDS = 25;
const MIN_REPEATED_WORDS = 6;
/** How far back from a player notice its duration and title may sit (other chrome between them). */
const VIDEO_BLOCK_REACH = 3;
const MAX_TAG_WORDS = 4;

/** "'Not active enough'" / "03:42" / "This browser does not support the video element." */
export function dropVideoBlocks(items: readonly Item[], verdicts: Verdicts, noticeRules: ReadonlySet<string>): void {
  for (let i = 0; i < items.length; i++) {
    if (!noticeRules.has(verdicts[i] ?? '')) continue;
    const duration = previousKept(verdicts, i, VIDEO_BLOCK_REACH);
    if (duration < 0 || !isBareTime(items[duration]!.text)) continue;
    verdicts[duration] = 'video-duration';
    const title = previousKept(verdicts, duration, VIDEO_BLOCK_REACH);
    if (title >= 0 && isVideoTitle(items[title]!)) verdicts[title] = 'video-title';
  }
}

function isVideoTitle(item: Item): boolean {
  return item.words <= MAX_VIDEO_TITLE_WORDS && !isTimedEntry(item.text) && !/[.!,;:…]/.test(finalMark(item.text));
}

/**
 * A credit line ("Image: Reuters/WANA/N. Tabatabaee") takes the caption above it: the line right above
 * when the page separates paragraphs by blank lines and none stands between, or else a short
 * unpunctuated line. A live-blog entry is never a caption.
 */
export function dropCaptionsAboveCredits(items: readonly Item[], verdicts: Verdicts, creditRules: ReadonlySet<string>): void {
  const firstKept = nextKept(verdicts, -1);
  const isPage = hasBlankLines(items);
  for (let i = 0; i < items.length; i++) {
    if (!creditRules.has(verdicts[i] ?? '')) continue;
    const caption = i - 1;
    if (caption < 0 || verdicts[caption] !== null || caption === firstKept) continue;
    const item = items[caption]!;
    if (isTimedEntry(item.text) || item.words > MAX_CAPTION_WORDS) continue;
    const joined = isPage && !items[i]!.blankBefore;
    const unpunctuated = !/[.!?…]/.test(finalMark(item.text));
    if (joined || (unpunctuated && item.words <= MAX_UNJOINED_CAPTION_WORDS)) verdicts[caption] = 'caption';
  }
}

/**
 * The same paragraph twice in a row. On a page laid out in blank-line paragraphs that is an image's
 * alt text and caption: both go. In a text of one sentence per line it is a copy of a body sentence
 * (seen in news-sample): the first copy stays. A title-like first line printed twice is the headline
 * repeated under itself, left to find-headline.ts.
 */
export function dropRepeatedCaptions(items: readonly Item[], verdicts: Verdicts, isTitle: (item: Item) => boolean): void {
  const isPage = hasBlankLines(items);
  const first = nextKept(verdicts, -1);
  for (let i = first; i >= 0; i = nextKept(verdicts, i)) {
    if (i === first && isTitle(items[i]!)) continue;
    const next = nextKept(verdicts, i);
    if (next < 0) return;
    const item = items[i]!;
    if (item.words < MIN_REPEATED_WORDS || isTimedEntry(item.text) || items[next]!.text !== item.text) continue;
    if (isPage) verdicts[i] = 'repeated-caption';
    const reason = isPage ? 'repeated-caption' : 'repeated-paragraph';
    for (let j = next; j >= 0 && items[j]!.text === item.text; j = nextKept(verdicts, j)) verdicts[j] = reason;
  }
}

function hasBlankLines(items: readonly Item[]): boolean {
  return items.some((item) => item.blankBefore);
}

/** Short unpunctuated lines under a tag heading ("Topics" / "Iran" / "Iraq") are the tags. */
export function dropTagsUnderHeadings(items: readonly Item[], verdicts: Verdicts, headingRules: ReadonlySet<string>): void {
  for (let i = 0; i < items.length; i++) {
    if (!headingRules.has(verdicts[i] ?? '')) continue;
    for (let j = i + 1; j < items.length && verdicts[j] === null && isTag(items[j]!); j++) verdicts[j] = 'tag-list';
  }
}

function isTag(item: Item): boolean {
  return item.words <= MAX_TAG_WORDS && !/[.!?,;:…]/.test(finalMark(item.text)) && !isTimedEntry(item.text);
}
