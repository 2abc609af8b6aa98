/** The working form of a scraped text: its non-empty lines, and per line the rule that dropped it. */
import { countWords, finalMark } from './normalize-line.ts';

export interface Item {
  /** 0-based line number in the content. */
  readonly line: number;
  /** The normalised line. */
  readonly text: string;
  readonly words: number;
  /** A blank line separates it from the previous non-empty line. */
  readonly blankBefore: boolean;
}

/** Per item, the name of the rule that dropped it, or null while it is kept. */
export type Verdicts = (string | null)[];

export function makeItem(line: number, text: string, blankBefore: boolean): Item {
  return { line, text, words: countWords(text), blankBefore };
}

/** A live-blog entry label and its text ("08:05 To catch you up…"): body that a later stage segments. */
export function isTimedEntry(text: string): boolean {
  return /^\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)? \S/i.test(text);
}

/** A whole line that is only a clock reading or a duration ("03:42", "1:02:33"). */
export function isBareTime(text: string): boolean {
  return /^\d{1,2}:\d{2}(?::\d{2})?$/.test(text);
}

/** A paragraph that reads like running text: long enough and ending like a sentence. */
export function isBodyLike(item: Item): boolean {
  return item.words >= 8 && /[.!?…]/.test(finalMark(item.text));
}

export function nextKept(verdicts: Verdicts, from: number): number {
  for (let i = from + 1; i < verdicts.length; i++) if (verdicts[i] === null) return i;
  return -1;
}

/** The kept item before `from`, looking back at most `within` items (bounded, so a run of chrome stays linear). */
export function previousKept(verdicts: Verdicts, from: number, within = Number.POSITIVE_INFINITY): number {
  for (let i = from - 1; i >= 0 && from - i <= within; i--) if (verdicts[i] === null) return i;
  return -1;
}
