/** Reads the time label that may open a paragraph (see label-patterns.ts for the shapes). */
import type { Span } from '../../model/index.ts';
import type { LabelCandidate } from './types.ts';
import { CLOCK, LABEL_PREFIXES, LABEL_SEPARATOR, MERIDIEM, TIME_RANGE, ZONE_SUFFIX } from './label-patterns.ts';
import { frameOfSuffix } from './resolve-zone.ts';

/** A label that reads as a time, or a clock-like opening with an impossible time (`25:70`). */
export type LabelRead = { readonly kind: 'label'; readonly candidate: LabelCandidate } | { readonly kind: 'invalid'; readonly label: Span };

const PREFIX = new RegExp(`^(?:${LABEL_PREFIXES.map((p) => p.replace(/ /g, ' +')).join('|')})[ \\t]*:?[ \\t]+`, 'i');

/** Minutes after midnight of a 12-hour time, or null when the hour is no 12-hour hour. */
function twelveHour(hour: number, minute: number, meridiem: string): number | null {
  if (hour < 1 || hour > 12) return null;
  const h = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + minute;
}

/** Where the label ends once a zone suffix is read, and the suffix's frame. */
function readSuffix(text: string, at: number, end: number): { end: number; frame: LabelCandidate['suffixFrame'] } {
  const m = ZONE_SUFFIX.exec(text.slice(at, Math.min(end, at + 16)));
  const frame = m ? frameOfSuffix(m[1] as string) : null;
  return frame && m ? { end: at + m[0].length, frame } : { end: at, frame: null };
}

/** True when what follows the label is nothing (bare label) or a separator and text. */
function endsCleanly(text: string, labelEnd: number, paragraphEnd: number): { ok: boolean; bare: boolean } {
  const rest = text.slice(labelEnd, Math.min(paragraphEnd, labelEnd + 8));
  if (text.slice(labelEnd, paragraphEnd).trim() === '') return { ok: true, bare: true };
  return { ok: LABEL_SEPARATOR.test(rest) && !TIME_RANGE.test(rest), bare: false };
}

export function readLabel(text: string, paragraph: Span, index: number): LabelRead | null {
  let at = paragraph.start;
  while (at < paragraph.end && /\s/.test(text[at] as string)) at++;
  const labelStart = at;
  const head = text.slice(at, Math.min(paragraph.end, at + 40));
  const prefix = PREFIX.exec(head);
  at += prefix ? prefix[0].length : 0;
  const clock = CLOCK.exec(text.slice(at, Math.min(paragraph.end, at + 8)));
  if (!clock) return null;
  const hour = Number(clock[1]);
  const minute = Number(clock[2]);
  const clockEnd = at + clock[0].length;
  const meridiem = MERIDIEM.exec(text.slice(clockEnd, Math.min(paragraph.end, clockEnd + 8)));
  const plainOk = hour <= 23 && minute <= 59;
  const withMeridiem = meridiem && minute <= 59 ? twelveHour(hour, minute, meridiem[2] as string) : null;
  if (!plainOk && withMeridiem === null) return { kind: 'invalid', label: { start: labelStart, end: clockEnd } };
  // The 12-hour reading when an am/pm was read and fits; otherwise the plain clock.
  const useMeridiem = withMeridiem !== null;
  const timeEnd = useMeridiem && meridiem ? clockEnd + meridiem[0].length : clockEnd;
  const suffix = readSuffix(text, timeEnd, paragraph.end);
  const ending = endsCleanly(text, suffix.end, paragraph.end);
  if (!ending.ok) return null;
  const meridiemSpaced = useMeridiem && meridiem?.[1] === ' ';
  const plain = meridiemSpaced && plainOk ? { minutes: hour * 60 + minute, end: clockEnd } : null;
  const candidate: LabelCandidate = {
    paragraph: index,
    label: { start: labelStart, end: suffix.end },
    wallMinutes: useMeridiem ? (withMeridiem as number) : hour * 60 + minute,
    suffixFrame: suffix.frame,
    isBare: ending.bare,
    hasMeridiem: useMeridiem,
    meridiemSpaced,
    plainMinutes: plain ? plain.minutes : null,
    plainLabel: plain ? { start: labelStart, end: plain.end } : null,
  };
  return { kind: 'label', candidate };
}
