/**
 * Which sentences may be printed at all: not page chrome, headlines, captions, questions or fragments.
 * Each rule is a named pattern (knowledge as data); `isPrintable` applies them in order.
 */
import type { SummaryTuning } from './defaults.ts';
import type { CollectedSentence } from './collect.ts';

/** Lines that talk about the page rather than the news: links, credits, calls to action. */
const CHROME: readonly RegExp[] = [
  /^(?:photo|image|picture|video|watch|listen|read more|related|see also|advertisement|sponsored|copyright|©)\b/i,
  /\b(?:click|tap|read|watch|listen|sign up|subscribe)\b[^.]{0,60}\b(?:here|below|above)\b/i,
  /\b(?:getty images|afp photo|ap photo|reuters\/|file photo|photograph:|pictured:|image caption|media caption)/i,
  /\b(?:follow us|share this|all rights reserved|newsletter)\b/i,
];

/** Quote marks and brackets a sentence may end or start with around its punctuation. */
const CLOSERS = /["'”’»)\]]+$/;
const OPENERS = /^["'“‘«(\[]+/;

/** Sentences opening on a pronoun or demonstrative lean on the one before; out of context they read as riddles. */
const DANGLING_START = /^(?:he|she|it|they|this|these|those|that|his|her|its|their|we|but|and|so|also)\b/i;

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** The reason a sentence is not printable, or null when it is. */
export function unprintableReason(s: CollectedSentence, text: string, tuning: SummaryTuning): string | null {
  if (s.passageKind === 'headline') return 'headline';
  const words = wordCount(text);
  if (words < tuning.minWords) return 'too-short';
  if (words > tuning.maxWords) return 'too-long';
  const bare = text.replace(CLOSERS, '');
  if (bare.endsWith('?')) return 'question';
  if (!/[.!…]$/.test(bare)) return 'no-final-stop'; // headlines, captions, bylines and menu lines end without a stop
  const body = text.replace(OPENERS, '');
  if (!/^[\p{Lu}\p{N}]/u.test(body)) return 'fragment'; // `....targeted 52 sites`, `and then …`
  if (CHROME.some((re) => re.test(text))) return 'chrome';
  return null;
}

/** A printed text (after quote attribution) that still opens on a pronoun is left out. */
export function isDangling(printed: string): boolean {
  return DANGLING_START.test(printed);
}
