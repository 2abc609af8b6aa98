/**
 * "Quotes attributed in the text": a printed sentence that carries a quote must say who speaks. When
 * the sentence names the speaker it is printed as it is; a pronoun speaker (`he added`) is replaced by
 * the resolved name; an attribution in another sentence becomes a `NAME said: ` prefix. A quote whose
 * speaker cannot be resolved makes the sentence unprintable. Citations keep the original span.
 */
import type { Annotations, Document, Entity, Mention, Passage, Quote } from '../../model/index.ts';
import type { QuoteAttribution, SummaryQuote } from './types.ts';

export interface AttributedText {
  readonly text: string;
  readonly quote?: SummaryQuote;
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;
const QUOTE_MARK = /^["“”„«»]/;
/** Entities that can speak: an unresolved quote is still attributed when the sentence names one of them. */
const SPEAKER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

type Speaker = NonNullable<Quote['speaker']>;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The name to print for a speaker: the entity's name for a pronoun or for a shortening of it
 * (`Esper` → `Mark Esper`), else the words the article used (`the Iraqi oil ministry`), which carry
 * titles and hedges the entity record may not (`a US official speaking on condition of anonymity`).
 */
export function speakerName(speaker: Speaker | null, entities: ReadonlyMap<string, Entity>): string | null {
  if (!speaker) return null;
  const entity = speaker.entity ? entities.get(speaker.entity) : undefined;
  const written = speaker.text.replace(/\s+/g, ' ').trim();
  if (PRONOUN.test(written)) return entity?.name ?? null;
  if (entity) {
    const name = new Set(words(entity.name));
    if (words(written).every((w) => name.has(w))) return entity.name;
  }
  return written;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function overlaps(a: { start: number; end: number }, start: number, end: number): boolean {
  return a.start < end && a.end > start;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Collapses whitespace after applying edits (right to left, so offsets stay valid). */
function render(docText: string, start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let at = start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += docText.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += docText.slice(at, end);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The printable text of `docText[start, end)` with its quotes attributed, or null when a quote in it
 * cannot be attributed.
 */
export function attributeQuotes(
  document: Pick<Document, 'id' | 'text' | 'passages'>,
  annotations: Pick<Annotations, 'quotes' | 'entities' | 'mentions'>,
  start: number,
  end: number,
): AttributedText | null {
  const { text: docText, id: doc } = document;
  const entities = new Map(annotations.entities.map((e) => [e.id, e]));
  // Only quotes whose words are in the sentence matter; one whose content lies elsewhere is about another sentence.
  const quotes = annotations.quotes
    .filter((q) => overlaps(q.content, start, end))
    .sort((a, b) => Number(a.kind === 'indirect') - Number(b.kind === 'indirect') || a.content.start - b.content.start);
  if (quotes.length === 0) return { text: render(docText, start, end, []) };

  const edits: Edit[] = [];
  let prefix: string | null = null;
  let reported: SummaryQuote | undefined;
  for (const q of quotes) {
    const speaker = q.speaker;
    let name = speakerName(speaker, entities);
    let named: string | undefined;
    let attribution: QuoteAttribution;
    if (speaker && speaker.start >= start && speaker.end <= end) {
      if (PRONOUN.test(speaker.text.trim())) {
        if (name === null) return null;
        edits.push({ start: speaker.start, end: speaker.end, text: name });
        attribution = 'pronoun';
      } else attribution = 'in-sentence';
    } else if ((named = speakerInSentence(docText, annotations.mentions, entities, q, start, end)) !== undefined) {
      name = named;
      attribution = 'in-sentence';
    } else if (speaker) {
      if (name === null || inOtherEntry(document.passages, speaker.start, start)) return null;
      if (prefix !== null && prefix !== name) return null; // two outside speakers: no one prefix says it right
      prefix = name;
      attribution = 'prefixed';
    } else {
      // No speaker record: keep the sentence only when it names someone who can speak, outside the quoted words.
      const namesOne = annotations.mentions.some(
        (m) => m.start >= start && m.end <= end && !overlaps(m, q.content.start, q.content.end) && SPEAKER_TYPES.has(entities.get(m.entity)?.type ?? ''),
      );
      if (!namesOne) return null;
      reported ??= { speaker: null, id: q.id, doc, attribution: 'in-sentence' };
      continue;
    }
    restoreQuoteMarks(docText, q, start, end, edits);
    if (!reported || (attribution !== 'in-sentence' && reported.attribution === 'in-sentence')) {
      reported = { speaker: name, id: q.id, doc, attribution };
    }
  }
  const body = render(docText, start, end, edits);
  const text = prefix === null ? body : `${capitalise(prefix)} said: ${body}`;
  return reported ? { text, quote: reported } : { text };
}

/** A live-blog entry stands alone: a speaker found in another entry is a mis-link, not an attribution. */
function inOtherEntry(passages: readonly Passage[], a: number, b: number): boolean {
  const at = (x: number): Passage | undefined => passages.find((p) => p.start <= x && x < p.end);
  const [pa, pb] = [at(a), at(b)];
  return pa !== pb && (pa?.kind === 'liveblog_entry' || pb?.kind === 'liveblog_entry');
}

/**
 * The name under which the sentence attributes the quote itself, whatever the speaker record says: it
 * mentions the speaker's entity outside the quoted words, or it leads into the quote with
 * `NAME …: "…"` (the first speaker-like mention before the colon). Undefined when it does neither.
 */
function speakerInSentence(
  docText: string,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
  q: Quote,
  start: number,
  end: number,
): string | undefined {
  const outside = mentions.filter((m) => m.start >= start && m.end <= end && !overlaps(m, q.content.start, q.content.end));
  const own = q.speaker?.entity ? entities.get(q.speaker.entity) : undefined;
  if (own && outside.some((m) => m.entity === own.id)) return own.name;
  if (q.content.start <= start || !docText.slice(start, q.content.start).trimEnd().endsWith(':')) return undefined;
  const lead = outside.filter((m) => m.end <= q.content.start && SPEAKER_TYPES.has(entities.get(m.entity)?.type ?? ''));
  const first = lead[0]; // the subject: `Maas spoke of his talk with Pompeo: "…"` is Maas speaking
  return first ? (entities.get(first.entity)?.name ?? first.text) : undefined;
}

/**
 * A direct quote running over several sentences has its opening mark in the first and its closing
 * mark in the last; the sentence printed alone gets the missing one back.
 */
function restoreQuoteMarks(docText: string, q: Quote, start: number, end: number, edits: Edit[]): void {
  if (q.kind !== 'direct') return;
  const opening = docText.charAt(q.content.start);
  const [open, close] = opening === '“' ? ['“', '”'] : ['"', '"'];
  const first = docText.slice(start, end).trimStart();
  const last = docText.slice(start, end).trimEnd();
  const add = (at: number, text: string): void => {
    if (!edits.some((e) => e.start === at && e.end === at)) edits.push({ start: at, end: at, text });
  };
  if (q.content.start < start && !QUOTE_MARK.test(first)) add(start, open);
  if (q.content.end > end && !/["“”„«»]$/.test(last)) add(end, close);
}
