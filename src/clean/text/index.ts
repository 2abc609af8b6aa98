/**
 * Scraped plain text → clean text + metadata. The cascade: read lines (whitespace, the glued
 * `date` prefix and photo credits) → whole-line rules (chrome, credits, zone statement) → rules that
 * need neighbours (video blocks, captions above credits, tags, a media kicker over the headline, repeated captions) → page header
 * (datelines, bylines) → headline → assemble.
 * Every dropped line is reported in `removed` with the rule that dropped it.
 */
import type { DateValue, Hints, Problem, Span } from '../../model/index.ts';
import { joinParagraphs } from '../../text/index.ts';
import { choosePublished } from './choose-published.ts';
import { classifyLines } from './classify-lines.ts';
import { dropCaptionsAboveCredits, dropRepeatedCaptions, dropTagsUnderHeadings, dropVideoBlocks } from './drop-in-context.ts';
import { dropHeaderLines } from './drop-header-lines.ts';
import { findHeadline, isHeadlineLike } from './find-headline.ts';
import { keepMediaHeadline } from './media-headline.ts';
import { addUnique, readDatelineCredit } from './read-agencies.ts';
import type { Item, Verdicts } from './items.ts';
import type { StatedDate } from './read-dateline.ts';
import type { RemovedPart } from './read-items.ts';
import { readItems } from './read-items.ts';
import { sourceFromSelfReference, sourceFromUrl } from './read-source.ts';

export interface TextCleaning {
  /** The clean text: the headline once (if any) as the first line, then body paragraphs, separated by "\n\n". */
  text: string;
  /** Spans of every kept paragraph in `text`, the headline first. */
  paragraphs: Span[];
  headline: Span | null;
  title: string | null;
  published: DateValue | null;
  /** The outlet from hints.url or the text's own self-reference; null rather than a guess. */
  source: string | null;
  /** Wire agencies credited, canonical names (AP, AFP, Reuters, dpa, …). */
  agencies: string[];
  /** The zone a live blog states ("Coordinated Universal Time (UTC)"); its line is removed from text. */
  zoneStatement: string | null;
  /** Every dropped line (or glued prefix) with the rule that dropped it. */
  removed: { text: string; reason: string }[];
  problems: Problem[];
}

/** Line rules that end a video block, and line rules that are a credit under a caption. */
const PLAYER_NOTICES: ReadonlySet<string> = new Set(['player-notice']);
const CREDIT_LINES: ReadonlySet<string> = new Set(['photo-credit']);
const TAG_HEADINGS: ReadonlySet<string> = new Set(['tag-heading']);
/** Datelines credit a wire in the first paragraphs only ("WASHINGTON (AP) — …"). */
const DATELINE_PARAGRAPHS = 3;

export function cleanScrapedText(content: string, hints: Hints): TextCleaning {
  const { items, removed: prefixParts, prefixDate } = readItems(content);
  const findings = classifyLines(items);
  const verdicts = findings.verdicts;
  dropVideoBlocks(items, verdicts, PLAYER_NOTICES);
  dropCaptionsAboveCredits(items, verdicts, CREDIT_LINES);
  dropTagsUnderHeadings(items, verdicts, TAG_HEADINGS);
  const kicker = keepMediaHeadline(items, verdicts);
  if (kicker !== null) prefixParts.push(kicker);
  const datelines = dropRepeatsAndHeader(items, verdicts);
  const headlineIndex = findHeadline(items, verdicts, hints.title);

  const kept = items.filter((_, i) => verdicts[i] === null).map((item) => item.text);
  const { text, paragraphs } = joinParagraphs(kept);
  const headline = headlineIndex >= 0 && verdicts[headlineIndex] === null ? (paragraphs[0] ?? null) : null;

  const agencies = [...findings.agencies];
  for (const paragraph of kept.slice(0, DATELINE_PARAGRAPHS)) addUnique(agencies, readDatelineCredit(paragraph));
  const fromUrl = sourceFromUrl(hints.url);
  const dates = choosePublished(prefixDate === null ? datelines : [prefixDate, ...datelines]);
  const droppedLines: RemovedPart[] = items.flatMap((item, i) => {
    const reason = verdicts[i];
    return reason === null || reason === undefined ? [] : [{ line: item.line, text: item.text, reason }];
  });
  return {
    text,
    paragraphs,
    headline,
    title: headline === null ? null : text.slice(headline.start, headline.end),
    published: dates.published,
    source: fromUrl.source ?? sourceFromSelfReference(kept),
    agencies,
    zoneStatement: findings.zoneStatement,
    removed: [...prefixParts, ...droppedLines].sort((a, b) => a.line - b.line).map(({ text: t, reason }) => ({ text: t, reason })),
    problems: [...fromUrl.problems, ...dates.problems],
  };
}

/**
 * Repeated captions and header lines uncover each other (a dateline between two copies of a caption;
 * a caption pair counted as header body), so both run until nothing changes — that is what makes
 * cleaning the clean text again a no-op. Verdicts only ever go from kept to dropped, so this ends.
 */
function dropRepeatsAndHeader(items: readonly Item[], verdicts: Verdicts): StatedDate[] {
  const datelines: StatedDate[] = [];
  for (let kept = -1; kept !== countKept(verdicts); ) {
    kept = countKept(verdicts);
    dropRepeatedCaptions(items, verdicts, isHeadlineLike);
    datelines.push(...dropHeaderLines(items, verdicts));
  }
  return datelines;
}

function countKept(verdicts: Verdicts): number {
  return verdicts.filter((v) => v === null).length;
}
