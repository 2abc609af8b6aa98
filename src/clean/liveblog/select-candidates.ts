/**
 * Which label readings a blog's own style allows. Two decisions are made over the whole text,
 * not per paragraph, because a blog prints every label the same way:
 * - 12- or 24-hour: in a 24-hour blog `10:15 pm johnson…` is 10:15 and `pm` is text.
 * - inline or own-line labels: when most labels are inline, a time alone on a line is a video
 *   duration (`03:42`), never an entry; when most stand alone, one still needs a text paragraph
 *   after it that is neither another label nor video chrome.
 */
import type { Span } from '../../model/index.ts';
import { VIDEO_CUES } from './label-patterns.ts';
import type { LabelCandidate } from './types.ts';

export interface Selection {
  readonly accepted: readonly LabelCandidate[];
  /** Bare times set aside as no entry (video durations, labels with no text). */
  readonly standalone: readonly LabelCandidate[];
}

function asTwentyFourHour(c: LabelCandidate): LabelCandidate {
  if (!c.meridiemSpaced || c.plainMinutes === null || c.plainLabel === null) return c;
  return { ...c, wallMinutes: c.plainMinutes, label: c.plainLabel, hasMeridiem: false, meridiemSpaced: false, isBare: false };
}

function isVideoCue(line: string): boolean {
  return VIDEO_CUES.some((cue) => cue.test(line));
}

export function selectCandidates(text: string, paragraphs: readonly Span[], found: readonly LabelCandidate[]): Selection {
  const twelveHour = found.filter((c) => c.hasMeridiem).length * 2 > found.length;
  const read = twelveHour ? found : found.map(asTwentyFourHour);
  const bare = read.filter((c) => c.isBare).length;
  const ownLine = bare * 2 > read.length;
  const labelled = new Set(read.map((c) => c.paragraph));
  const accepted: LabelCandidate[] = [];
  const standalone: LabelCandidate[] = [];
  for (const c of read) {
    if (!c.isBare) {
      accepted.push(c);
      continue;
    }
    const next = paragraphs[c.paragraph + 1];
    const nextLine = next ? text.slice(next.start, next.end).trim() : '';
    const hasText = next !== undefined && !labelled.has(c.paragraph + 1) && nextLine !== '' && !isVideoCue(nextLine);
    (ownLine && hasText ? accepted : standalone).push(c);
  }
  return { accepted, standalone };
}
