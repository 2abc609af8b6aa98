/**
 * The headline of a scraped page: its first kept line when that line reads like a title, after
 * dropping a section label above it ("Conflicts") and copies of it printed under itself.
 */
import { finalMark, normalizeLine } from './normalize-line.ts';
import type { Item, Verdicts } from './items.ts';
import { isBodyLike, isTimedEntry, nextKept } from './items.ts';

const MAX_HEADLINE_WORDS = 25;
const MAX_HEADLINE_CHARS = 200;

/** Short, not ending like a statement (a question mark is fine), starting with a capital, digit or quote. */
export function isHeadlineLike(item: Item): boolean {
  if (item.words < 2 || item.words > MAX_HEADLINE_WORDS || item.text.length > MAX_HEADLINE_CHARS) return false;
  if (isTimedEntry(item.text)) return false;
  if (/[.!,;:…]/.test(finalMark(item.text))) return false;
  return /^[\p{Lu}\p{N}"'‘“]/u.test(item.text);
}

/** A lone kicker over the headline: at most three capitalised words, no figures ("Conflicts", "Middle East"). */
function isSectionLabel(item: Item): boolean {
  return item.words <= 3 && item.text.length <= 30 && /^\p{Lu}\p{Ll}+(?:[ &-]{1,3}\p{Lu}\p{Ll}+){0,2}$/u.test(item.text);
}

/**
 * Marks section labels and repeated headlines in `verdicts`; returns the headline's item index or -1.
 * With a title hint, the line equal to the hint wins; otherwise the first line must look like a title
 * and have a body after it.
 */
export function findHeadline(items: readonly Item[], verdicts: Verdicts, titleHint: string | undefined): number {
  let first = nextKept(verdicts, -1);
  if (first < 0) return -1;
  const hinted = titleHint === undefined ? -1 : findHinted(items, verdicts, first, titleHint);
  if (hinted >= 0) {
    for (let i = first; i < hinted; i = nextKept(verdicts, i)) verdicts[i] = 'section-label';
    first = hinted;
  } else {
    const second = nextKept(verdicts, first);
    const third = second < 0 ? -1 : nextKept(verdicts, second);
    // a label only over a headline that a body paragraph follows: tables of figures have short lines too
    const isLabelled = second >= 0 && third >= 0 && isSectionLabel(items[first]!) && isHeadlineLike(items[second]!) && isBodyLike(items[third]!);
    if (isLabelled && items[second]!.words > items[first]!.words) {
      verdicts[first] = 'section-label';
      first = second;
    }
    if (!isHeadlineLike(items[first]!)) return -1;
  }
  dropRepeats(items, verdicts, first);
  return nextKept(verdicts, first) >= 0 ? first : -1;
}

/** The kept line among the first few that equals the title hint, when only short labels precede it. */
function findHinted(items: readonly Item[], verdicts: Verdicts, first: number, titleHint: string): number {
  const wanted = normalizeLine(titleHint).toLowerCase();
  if (wanted.length === 0) return -1;
  for (let i = first, seen = 0; i >= 0 && seen < 4; i = nextKept(verdicts, i), seen++) {
    if (items[i]!.text.toLowerCase() === wanted) return i;
    if (!isSectionLabel(items[i]!)) return -1;
  }
  return -1;
}

function dropRepeats(items: readonly Item[], verdicts: Verdicts, headline: number): void {
  for (let next = nextKept(verdicts, headline); next >= 0 && items[next]!.text === items[headline]!.text; next = nextKept(verdicts, next)) {
    verdicts[next] = 'repeated-headline';
  }
}
