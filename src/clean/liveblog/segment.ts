/**
 * Recognises a live blog in cleaned text and splits it into timed entries:
 * read labels → choose readings by the blog's style → find the zone → order the labels and roll
 * dates at midnight (order-chain.ts) → anchor on the published date → spans and UTC times.
 */
import { problem, type Problem, type Span } from '../../model/index.ts';
import { readAnchor, type Anchor } from './anchor.ts';
import { bestChain } from './order-chain.ts';
import { placeEntries, type ChainItem } from './place-entries.ts';
import { readLabel } from './parse-label.ts';
import { selectCandidates } from './select-candidates.ts';
import type { LabelCandidate, LabelFrame, LiveblogEntry, LiveblogInput, LiveblogSegmentation } from './types.ts';
import { formatUtcMinute, makeZoneClock, type ZoneClock } from './zone-clock.ts';
import { chooseZone } from './choose-zone.ts';

const SOURCE = 'clean.liveblog';
/** A live blog without a zone statement needs this many labels in a consistent order. */
export const MIN_ENTRIES = 3;

const warn = (code: string, reason: string): Problem => problem(SOURCE, code, reason, undefined, false);
const NOT_LIVEBLOG: LiveblogSegmentation = { isLiveblog: false, entries: [], order: null, zone: null, problems: [] };

/** One clock per zone per call (Intl formatters are costly to build). */
function clockCache(): (zone: string) => ZoneClock {
  const clocks = new Map<string, ZoneClock>();
  return (zone) => {
    let clock = clocks.get(zone);
    if (!clock) clocks.set(zone, (clock = makeZoneClock(zone)));
    return clock;
  };
}

/** The label's offset near the anchor, to put labels of every frame on one UTC-ish axis. */
function approxOffset(frame: LabelFrame, anchor: Anchor | null, clockOf: (zone: string) => ZoneClock): number {
  if (frame.kind === 'fixed') return frame.offsetMinutes;
  const at = anchor === null ? 0 : anchor.kind === 'day' ? anchor.day * 1440 + 720 : anchor.utcMinutes;
  return clockOf(frame.zone).offsetAt(at);
}

/** Entry spans: from the label to the end of the paragraph before the next entry (the last runs to the text's end). */
function entrySpans(paragraphs: readonly Span[], kept: readonly LabelCandidate[]): Span[] {
  const lastParagraph = paragraphs[paragraphs.length - 1] as Span;
  return kept.map((c, k) => {
    const next = kept[k + 1];
    const end = next ? (paragraphs[next.paragraph - 1] as Span).end : lastParagraph.end;
    return { start: c.label.start, end };
  });
}

function labelText(text: string, c: { label: Span }): string {
  return JSON.stringify(text.slice(c.label.start, c.label.end));
}

export function segmentLiveblog(input: LiveblogInput): LiveblogSegmentation {
  const { text, paragraphs } = input;
  const reads = paragraphs.map((p, i) => readLabel(text, p, i));
  const found = reads.flatMap((r) => (r?.kind === 'label' ? [r.candidate] : []));
  const { accepted, standalone } = selectCandidates(text, paragraphs, found);
  const zoneChoice = chooseZone(input.zone, text, paragraphs, accepted);
  const clockOf = clockCache();
  const docFrame: LabelFrame = { kind: 'zone', zone: zoneChoice.zone ?? 'UTC' };
  const anchor = readAnchor(input.published, zoneChoice.zone ? clockOf(zoneChoice.zone) : null);
  const frames = accepted.map((c) => c.suffixFrame ?? docFrame);
  const offsets = frames.map((f) => approxOffset(f, anchor, clockOf));
  const chain = bestChain(accepted.map((c, i) => (((c.wallMinutes - (offsets[i] as number)) % 1440) + 1440) % 1440));
  const keptCount = chain?.kept.length ?? 0;
  const consistent = keptCount >= MIN_ENTRIES && keptCount * 2 >= accepted.length;
  if (!chain || !(consistent || (zoneChoice.statement?.zone && keptCount >= 1))) return NOT_LIVEBLOG;

  const kept = chain.kept.map((i) => accepted[i] as LabelCandidate);
  const items: ChainItem[] = chain.kept.map((i, k) => ({
    wallMinutes: (accepted[i] as LabelCandidate).wallMinutes,
    frame: frames[i] as LabelFrame,
    approxOffset: offsets[i] as number,
    axis: chain.offsets[k] as number,
  }));
  const times = anchor ? placeEntries(items, anchor, clockOf).map(formatUtcMinute) : kept.map(() => '');
  const entries: LiveblogEntry[] = entrySpans(paragraphs, kept).map((span, k) => ({
    ...span,
    time: times[k] as string,
    label: (kept[k] as LabelCandidate).label,
  }));

  const keptSet = new Set(chain.kept);
  const problems: Problem[] = [...zoneChoice.problems];
  if (!anchor) problems.push(warn('no-anchor-date', `no published date at day precision or finer (${input.published?.value ?? 'none'}): entry times left empty`));
  for (const r of reads) if (r?.kind === 'invalid') problems.push(warn('time-label-unparsed', `${labelText(text, r)} at ${r.label.start} is no valid time`));
  for (const c of standalone) problems.push(warn('time-label-standalone', `${labelText(text, c)} at ${c.label.start} stands alone (video duration?): not an entry`));
  accepted.forEach((c, i) => {
    if (!keptSet.has(i)) problems.push(warn('time-label-out-of-order', `${labelText(text, c)} at ${c.label.start} breaks the ${chain.order} order: not an entry`));
  });
  return { isLiveblog: true, entries, order: chain.order, zone: docFrame.zone, problems };
}
