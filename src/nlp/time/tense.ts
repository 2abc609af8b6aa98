/**
 * Which way an underspecified date points: a weekday or month in a report of the past resolves
 * backwards, in a clause about the future forwards. The nearest tense cue around the expression,
 * within its sentence, decides (HeidelTime reads the sentence's tense from POS tags; we have none,
 * so cue words and `-ed` verbs stand in). Developed on TBAQ-cleaned.
 */
import { FUTURE_CUES, PAST_CUES } from './lexicon.ts';

export type Direction = -1 | 0 | 1;

const WINDOW_WORDS = 12;
const FUTURE_SINGLE = new Set(FUTURE_CUES.filter((cue) => !cue.includes(' ') && !cue.startsWith("'")));
const FUTURE_PAIRS = new Set(FUTURE_CUES.filter((cue) => cue.includes(' ')));
const PAST = new Set(PAST_CUES);
/** `-ed` words that are not past-tense verbs. */
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'united', 'based', 'proceed', 'succeed', 'exceed', 'hundred', 'limited', 'related', 'red', 'shed', 'wed', 'ted', 'fred', 'ned', 'ahmed', 'mohammed', 'muhammed', 'ed']);

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let left = start;
  while (left > 0) {
    const c = text.charAt(left - 1);
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text.charAt(left))) break;
    left--;
  }
  let right = end;
  while (right < text.length) {
    const c = text.charAt(right);
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && (right + 1 >= text.length || /\s/.test(text.charAt(right + 1)))) break;
    right++;
  }
  return [left, right];
}

/** Auxiliaries after which an `-ed` word is a participle whose tense the auxiliary already gave. */
const PARTICIPLE_AFTER = new Set(['be', 'been', 'being', 'to', 'is', 'are', 'get', 'gets']);

function cueOf(word: string, next: string | undefined, previous: string | undefined): Direction {
  if (word.endsWith("'ll") || word.endsWith("’ll")) return 1;
  if (FUTURE_SINGLE.has(word)) return 1;
  if (next !== undefined && FUTURE_PAIRS.has(`${word} ${next}`)) return 1;
  if (previous !== undefined && PARTICIPLE_AFTER.has(previous)) return 0;
  if (PAST.has(word)) return -1;
  if (word.length >= 4 && word.endsWith('ed') && !NOT_PAST.has(word)) return -1;
  return 0;
}

/** −1 past, +1 future, 0 when the sentence gives no cue near the expression. */
export function directionAt(text: string, start: number, end: number): Direction {
  const [left, right] = sentenceBounds(text, start, end);
  const before = text.slice(left, start).toLowerCase().match(/[a-z'’]+/g) ?? [];
  const after = text.slice(end, right).toLowerCase().match(/[a-z'’]+/g) ?? [];
  // a deadline preposition right before the expression points forward (`by Friday`, `by May`)
  const previous = before[before.length - 1];
  if (previous === 'by' || previous === 'till') return 1;
  // a possessive names an event already known (`Wednesday's ruling`)
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return -1;
  // nearest cue wins; at equal distance the one before the expression
  for (let distance = 1; distance <= WINDOW_WORDS; distance++) {
    const b = before.length - distance;
    if (b >= 0) {
      const cue = cueOf(before[b]!, before[b + 1], before[b - 1]);
      if (cue !== 0) return cue;
    }
    const a = distance - 1;
    if (a < after.length) {
      const cue = cueOf(after[a]!, after[a + 1], a > 0 ? after[a - 1] : before[before.length - 1]);
      if (cue !== 0) return cue;
    }
  }
  return 0;
}
