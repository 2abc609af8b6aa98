/**
 * Quotes with speakers: direct quotations (any quote marks, split around their attribution,
 * multi-paragraph) and indirect speech, each with its cue, speaker span resolved to an entity
 * where the text allows, kind and medium. One left-to-right pass over the tokens (see find.ts).
 *
 * Representation choices:
 * - `content` is one span. A quote split around its attribution (`"A," he said, "B."`) covers
 *   A's start to B's end; the source and cue inside it are the attribution, not content
 *   (`contentFragments` gives the two parts, as PolNeAR annotates them).
 * - Quoted paragraphs with no cue of their own become direct quotes with `cue: null`; they take
 *   the speaker of a quote in the paragraph just before, when there is one.
 * - `start`/`end` cover the whole quote with its attribution.
 */
import type { Quote, QuoteKind, Span } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { findAttributions, type Found } from './find.ts';
import { buildLayout, type Layout } from './layout.ts';
import { detectMedium } from './medium.ts';
import type { Range } from './phrases.ts';
import { findQuoteMarks, type QuoteMarks } from './quote-marks.ts';
import { looksLikeClause } from './clause.ts';
import { SpeakerResolver } from './speaker.ts';
import { findTweetEmbeds, type TweetEmbed } from './tweets.ts';
import { CLOCK_TIME, ENTRY_LABELS, NOUN_OBJECT_CUES } from './words.ts';

import { CUE_LEMMA } from './cue-verbs.ts';

export { CUE_VERB_FORMS } from './cue-verbs.ts';
export { cueCandidates, type CueCandidate } from './training.ts';

/** Minimum words for a quotation without a cue to count as a quote (shorter ones are scare quotes). */
const MIN_UNATTRIBUTED_WORDS = 6;
const MEDIUM_WINDOW = 8;

function charSpan(layout: Layout, r: Range): Span {
  return { start: (layout.tokens[r.first] as { start: number }).start, end: (layout.tokens[r.last] as { end: number }).end };
}

/** The content fragments of a quote: one span, or two when the attribution splits it. */
export function contentFragments(text: string, quote: Quote): Span[] {
  const inner = [quote.cue, quote.speaker].filter((s): s is Span => s !== null && s.start > quote.content.start && s.end < quote.content.end);
  if (inner.length === 0) return [quote.content];
  const gapStart = Math.min(...inner.map((s) => s.start));
  const gapEnd = Math.max(...inner.map((s) => s.end));
  return [{ start: quote.content.start, end: gapStart }, { start: gapEnd, end: quote.content.end }]
    .map((s) => trimEdges(text, s))
    .filter((s) => s.end > s.start);
}

/** Drops spaces and the commas or dashes that joined a fragment to the attribution. */
function trimEdges(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:—–]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:—–]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function trimFragment(text: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1] ?? '')) end--;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return { start, end };
}

function kindOf(text: string, content: Span, quotes: readonly QuoteMarks[], quoteIndex: (offset: number) => number): QuoteKind {
  const first = quoteIndex(content.start);
  const lastQ = quoteIndex(content.end - 1);
  if (first >= 0 && (quotes[first] as QuoteMarks).start === content.start && lastQ >= 0 && (quotes[lastQ] as QuoteMarks).end === content.end) return 'direct';
  const slice = text.slice(content.start, content.end);
  return /[“”"«»]/.test(slice) ? 'mixed' : 'indirect';
}

export interface QuoteOptions {
  /**
   * `speech` (default): only reported speech — a hand-listed speech verb (cue-verbs.ts), `according to`,
   * or a quotation as content. `attribution`: everything PolNeAR annotates as attribution, which also
   * covers beliefs and stances (`thinks`, `wants`, `endorsed`, `supported`); the eval scores this scope.
   */
  readonly scope?: 'speech' | 'attribution';
}

function isSpeech(text: string, q: Quote): boolean {
  if (!q.cue) return true;
  if (q.kind !== 'indirect') return true;
  const cue = text.slice(q.cue.start, q.cue.end).toLowerCase();
  if (cue !== ':' && !NOUN_OBJECT_CUES.has(cue.split(/\s+/)[0] ?? '') && !looksLikeClause(text.slice(q.content.start, q.content.end))) return false;
  return cue.startsWith('according') || cue === ':' || cue.split(/\s+/).some((w) => CUE_LEMMA.has(w));
}

export function extractQuotes(input: StageInput, options: QuoteOptions = {}): Quote[] {
  const text = input.doc.text;
  const layout = buildLayout(text, input.tokens, input.sentences);
  const marks = findQuoteMarks(text, input.tokens, layout.paragraphOf);
  const found = findAttributions(layout, marks);
  const resolver = new SpeakerResolver(text, input.mentions, input.entities);

  // quotation index by character offset, for kind and for quotations left without a cue
  const markAt = new Map<number, number>();
  marks.forEach((q, k) => { markAt.set(q.start, k); markAt.set(q.end - 1, k); });
  const quoteIndex = (offset: number): number => markAt.get(offset) ?? -1;

  const out: (Quote & { readonly order: number })[] = [];
  const covered: Span[] = [];
  // attributions and reproduced tweets in text order, so speaker resolution reads the text forwards
  const tweets = findTweetEmbeds(text);
  let t = 0;
  const pushTweetsBefore = (offset: number): void => {
    for (; t < tweets.length && (tweets[t] as TweetEmbed).content.start < offset; t++) out.push(tweetQuote(text, tweets[t] as TweetEmbed, resolver, out.length));
  };
  for (const f of found) {
    const at = charSpan(layout, f.cue).start;
    pushTweetsBefore(at);
    // a cue inside a reproduced tweet belongs to the tweet's own words
    if (out.some((q) => q.id === TWEET_ID && q.content.start <= at && at < q.content.end)) continue;
    out.push(toQuote(text, layout, f, marks, quoteIndex, resolver, out.length));
  }
  pushTweetsBefore(Infinity);
  for (const q of out) covered.push(q.content);

  // quotations without a cue: speaker of the quote just before, when it sits in the previous or same paragraph
  covered.sort((a, b) => a.start - b.start);
  let c = 0;
  const withCue = [...out].sort((a, b) => a.content.start - b.content.start);
  let prevIdx = -1;
  for (const q of marks) {
    while (c < covered.length && (covered[c] as Span).end <= q.start) c++;
    const cov = covered[c];
    if (cov && cov.start <= q.start && cov.end >= q.end) continue;
    if (!hasWords(text.slice(q.start, q.end), MIN_UNATTRIBUTED_WORDS)) continue;
    while (prevIdx + 1 < withCue.length && (withCue[prevIdx + 1] as Quote).content.end <= q.start) prevIdx++;
    const before = withCue[prevIdx];
    const paragraph = layout.paragraphOf[q.open] ?? 0;
    const near = before && paragraph - (layout.paragraphOf[tokenIndexAt(layout, before.content.end - 1)] ?? -9) <= 1;
    out.push({
      id: '', order: out.length, start: q.start, end: q.end, content: { start: q.start, end: q.end }, cue: null,
      speaker: near && before?.speaker ? before.speaker : null, kind: 'direct',
      ...(near && before?.medium ? { medium: before.medium } : {}),
    });
  }
  out.sort((a, b) => a.start - b.start || a.order - b.order);
  const kept = options.scope === 'attribution' ? out : out.filter((q) => isSpeech(text, q));
  return kept.map(({ order: _order, ...q }, k) => ({ ...q, id: `q${k}` }));
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether `slice` holds at least `min` words: counts them one at a time and stops at `min` (no array of all words). */
function hasWords(slice: string, min: number): boolean {
  WORD.lastIndex = 0;
  let words = 0;
  while (words < min && WORD.exec(slice) !== null) words++;
  return words >= min;
}

/**
 * Drops a live-blog entry's leading clock time and label (`07:07 Meanwhile, Iran's envoy …`) from a
 * source or content range: they belong to the entry, not to the speaker or the words quoted.
 */
function withoutEntryLabel(layout: Layout, r: Range): Range {
  let first = r.first;
  if (!CLOCK_TIME.test(layout.lower[first] ?? '')) return r;
  first++;
  if (ENTRY_LABELS.has(layout.lower[first] ?? '')) first++;
  if (layout.lower[first] === ',' || layout.lower[first] === ':') first++;
  return first <= r.last ? { first, last: r.last } : r;
}

/** Marks tweet quotes until ids are given at the end. */
const TWEET_ID = 'tweet';

function tweetQuote(text: string, tweet: TweetEmbed, resolver: SpeakerResolver, order: number): Quote & { readonly order: number } {
  const written = text.slice(tweet.speaker.start, tweet.speaker.end);
  return {
    id: TWEET_ID, order, start: tweet.content.start, end: tweet.cue.end, content: tweet.content, cue: tweet.cue,
    speaker: { ...tweet.speaker, text: written, entity: resolver.resolve(tweet.speaker, written) }, kind: 'direct', medium: 'twitter',
  };
}

/** Token index containing `offset` (binary search). */
function tokenIndexAt(layout: Layout, offset: number): number {
  let lo = 0;
  let hi = layout.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((layout.tokens[mid] as Span).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function toQuote(text: string, layout: Layout, f: Found, marks: readonly QuoteMarks[], quoteIndex: (offset: number) => number, resolver: SpeakerResolver, order: number): Quote & { readonly order: number } {
  const cue = charSpan(layout, f.cue);
  const fragments = f.content.map((r) => trimFragment(text, charSpan(layout, withoutEntryLabel(layout, r))));
  const content: Span = { start: Math.min(...fragments.map((s) => s.start)), end: Math.max(...fragments.map((s) => s.end)) };
  let speaker: Quote['speaker'] = null;
  const source = f.source ? withoutEntryLabel(layout, f.source) : null;
  if (source) {
    const span = charSpan(layout, source);
    const written = text.slice(span.start, span.end);
    speaker = { start: span.start, end: span.end, text: written, entity: resolver.resolve(span, written) };
  }
  const from = Math.max(0, Math.min(f.cue.first, f.source?.first ?? f.cue.first) - MEDIUM_WINDOW);
  const to = Math.min(layout.tokens.length, Math.max(f.cue.last, f.source?.last ?? 0) + MEDIUM_WINDOW + 1);
  // the cue's sentence words in the window, without the slice and filter copies
  const cueSentence = layout.sentenceOf[f.cue.first];
  const near: string[] = [];
  for (let k = from; k < to; k++) if (layout.sentenceOf[k] === cueSentence) near.push(layout.lower[k] as string);
  const medium = detectMedium(near);
  const all = [cue, content, ...(speaker ? [speaker] : [])];
  return {
    id: '',
    order,
    start: Math.min(...all.map((s) => s.start)),
    end: Math.max(...all.map((s) => s.end)),
    content,
    cue,
    speaker,
    kind: kindOf(text, content, marks, quoteIndex),
    ...(medium ? { medium } : {}),
    ...(f.addressee ? { addressee: text.slice(charSpan(layout, f.addressee).start, charSpan(layout, f.addressee).end) } : {}),
  };
}
