/**
 * clean(raw) → Document: the cascade that turns what ingest read into the one document model.
 * HTML goes through main-content extraction first; every text then loses its page chrome, gives
 * up its metadata, and is split into passages — timed entries for a live blog, paragraphs otherwise.
 */
import { createHash } from 'node:crypto';
import type { DateValue, Document, Hints, Passage, Problem, RawDocument, Span } from '../model/index.ts';
import { documentId, passageId, problem } from '../model/index.ts';
import { parseStatedDate } from './dates.ts';
import { extractHtml } from './html/index.ts';
import { resolveZone, segmentLiveblog } from './liveblog/index.ts';
import type { LiveblogSegmentation } from './liveblog/index.ts';
import { cleanScrapedText } from './text/index.ts';

export interface CleanResult {
  /** Null when nothing worth storing was found (the problems say why). */
  readonly document: Document | null;
  readonly problems: readonly Problem[];
}

interface PageMetadata {
  readonly title: string | null;
  readonly published: DateValue | null;
  readonly author: string | null;
  readonly language: string | null;
  readonly siteName: string | null;
  readonly url: string | null;
}

const NO_METADATA: PageMetadata = { title: null, published: null, author: null, language: null, siteName: null, url: null };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function cleanDocument(raw: RawDocument, rawSha256: string = sha256Hex(raw.bytes)): CleanResult {
  const problems: Problem[] = [];
  let content = raw.content;
  let page = NO_METADATA;
  if (raw.contentType === 'html') {
    const extraction = extractHtml(raw.content, raw.hints.url ? { url: raw.hints.url } : {});
    problems.push(...extraction.problems.map((p) => withItem(p, raw.origin)));
    if (extraction.problems.some((p) => p.fatal)) return { document: null, problems };
    content = extraction.text;
    page = extraction;
  }
  const hints: Hints = { ...raw.hints, ...(raw.hints.url || !page.url ? {} : { url: page.url }), ...(raw.hints.title || !page.title ? {} : { title: page.title }) };
  const cleaned = cleanScrapedText(content, hints);
  problems.push(...cleaned.problems.map((p) => withItem(p, raw.origin)));
  if (cleaned.text.trim().length === 0) {
    problems.push(problem('clean', 'no-text', 'no body text left after removing page chrome', raw.origin, true));
    return { document: null, problems };
  }
  const published = parseStatedDate(raw.hints.published) ?? page.published ?? cleaned.published;
  const zone = cleaned.zoneStatement === null ? null : resolveZone(cleaned.zoneStatement);
  const liveblog = segmentLiveblog({ text: cleaned.text, paragraphs: cleaned.paragraphs, published, zone });
  problems.push(...liveblog.problems.map((p) => withItem(p, raw.origin)));
  const id = documentId(rawSha256);
  const document: Document = {
    id,
    origin: raw.origin,
    url: hints.url ?? null,
    title: raw.hints.title ?? page.title ?? cleaned.title,
    published,
    source: raw.hints.source ?? cleaned.source ?? page.siteName,
    agencies: cleaned.agencies,
    author: raw.hints.author ?? page.author,
    language: raw.hints.language ?? page.language,
    kind: liveblog.isLiveblog ? 'liveblog' : 'article',
    text: cleaned.text,
    rawSha256,
    passages: buildPassages(id, cleaned.headline, cleaned.paragraphs, liveblog),
  };
  return { document, problems };
}

/**
 * Headline first, then paragraphs; a live blog's entries replace the paragraphs they cover,
 * so every passage of a live blog is either introduction or one timed entry.
 */
function buildPassages(docId: string, headline: Span | null, paragraphs: readonly Span[], liveblog: LiveblogSegmentation): Passage[] {
  type Draft = Omit<Passage, 'id'>;
  const drafts: Draft[] = [];
  const entries = liveblog.isLiveblog ? liveblog.entries : [];
  for (const paragraph of paragraphs) {
    if (headline && paragraph.start === headline.start) {
      drafts.push({ kind: 'headline', start: paragraph.start, end: paragraph.end });
      continue;
    }
    if (entries.some((e) => paragraph.start >= e.start && paragraph.end <= e.end)) continue;
    drafts.push({ kind: 'paragraph', start: paragraph.start, end: paragraph.end });
  }
  for (const entry of entries) drafts.push({ kind: 'liveblog_entry', start: entry.start, end: entry.end, time: entry.time });
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts.map((draft, index) => ({ id: passageId(docId, index), ...draft }));
}

function withItem(p: Problem, item: string): Problem {
  return p.item === undefined ? { ...p, item } : p;
}
