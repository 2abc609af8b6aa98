/**
 * Which time expressions of a clause can date its trigger. A clause often holds times that belong
 * to something else (rules written from the PLOVER/TimeML notion that a time expression modifies
 * the nearest predicate it is attached to; developed on invented sentences and the seeds' error list):
 *
 * - a live-blog entry's own stamp ("07:05 Iran vowed …") is the entry time, the anchor, not a time
 *   the text gives the happening; the anchor is used when nothing else dates it;
 * - a possessive time ("last week's killing", "Friday's strike") dates only the noun right after it;
 * - a time attached to a speech verb ("the Pentagon said Thursday …", "…, officials said on
 *   Friday") dates the saying, not the happening;
 * - a time beyond a subordinator ("came after militias stormed the embassy on Tuesday") dates the
 *   subordinate happening.
 */
import type { Document, Span, Timex, Token } from '../../model/index.ts';
import { SPEECH_STEMS, SPEECH_TIME_GLUE, SUBORDINATORS } from './data/function-words.ts';
import { stem } from './stem.ts';

const STAMP = /^\d{1,2}[:.]\d{2}$/;

/** A live-blog entry's time stamp: a bare clock time opening the entry. */
export function isEntryStamp(doc: Pick<Document, 'passages' | 'text'>, timex: Span): boolean {
  if (!STAMP.test(doc.text.slice(timex.start, timex.end))) return false;
  return doc.passages.some((p) => p.kind === 'liveblog_entry' && timex.start >= p.start && doc.text.slice(p.start, timex.start).trim() === '');
}

/** Index of the token starting at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < offset) i++;
  return i;
}

const isPossessive = (token: Token | undefined): boolean => token !== undefined && (token.text === "'s" || token.text === '’s' || token.text === "'" || token.text === '’');

/** Index of the speech verb a time starting at token `first` is attached to ("said Thursday", "said on late Friday"), or -1. */
function speechVerbOf(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && SPEECH_TIME_GLUE.has(tokens[k]!.text.toLowerCase())) k--;
  return k >= 0 && SPEECH_STEMS.has(stem(tokens[k]!.text)) ? k : -1;
}

/**
 * The times of `candidates` that date a saying ("the Pentagon said Thursday that …"): a happening
 * the saying reports, with no time of its own, took place by then — a closer date than the
 * publication day of a report that appears a day later.
 */
export function sayingTimexes(doc: Pick<Document, 'passages' | 'text'>, tokens: readonly Token[], candidates: readonly Timex[]): Timex[] {
  return candidates.filter((timex) => !isEntryStamp(doc, timex) && speechVerbOf(tokens, tokenAt(tokens, timex.start)) >= 0);
}

/** The timexes of `candidates` that may date the trigger at `trigger` (tokens: the clause's, in order). */
export function datingTimexes(doc: Pick<Document, 'passages' | 'text'>, tokens: readonly Token[], candidates: readonly Timex[], trigger: Span): Timex[] {
  const triggerIndex = tokenAt(tokens, trigger.start);
  return candidates.filter((timex) => {
    if (isEntryStamp(doc, timex)) return false;
    const first = tokenAt(tokens, timex.start);
    const after = tokenAt(tokens, timex.end);
    // "last week's killing": only the possessed noun (within three words) takes the time
    if (isPossessive(tokens[after])) return triggerIndex > after && triggerIndex <= after + 3;
    // "said Thursday", "said on late Friday": the saying's time
    if (speechVerbOf(tokens, first) !== triggerIndex && speechVerbOf(tokens, first) >= 0) return false;
    // a subordinator between the trigger and the time: the time belongs to the other happening
    // ("since October", "after Friday": a preposition right before the time is part of the time phrase)
    const [from, to] = first > triggerIndex ? [triggerIndex + 1, first - 1] : [after, triggerIndex];
    for (let i = from; i < to; i++) if (SUBORDINATORS.has(tokens[i]!.text.toLowerCase())) return false;
    return true;
  });
}

