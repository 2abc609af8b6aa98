/**
 * One WARC record → an HTML document, a reason to skip it, or a Problem. Only `response` (and
 * `resource`) records whose HTTP payload is an HTML page with a 2xx status are documents; warcio
 * undoes chunked transfer and gzip/deflate content encoding, brotli is undone here with zlib.
 */
import { brotliDecompressSync } from 'node:zlib';
import type { WARCRecord } from 'warcio';
import type { Hints, RawDocument } from '../model/index.ts';
import { sniffContent } from './detect-format.ts';
import { decodeDocument } from './decode-document.ts';
import { charsetFromContentType } from './html-charset.ts';
import { tooLarge } from './types.ts';
import type { Note } from './types.ts';

export type RecordOutcome =
  | { readonly kind: 'document'; readonly document: RawDocument; readonly notes: Note[] }
  /** Not a page (request, warcinfo, an image, a redirect): `why` feeds one summary note, or none when silent. */
  | { readonly kind: 'skipped'; readonly why: string | null }
  | { readonly kind: 'problem'; readonly note: Note };

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;
const DOCUMENT_TYPES = new Set(['response', 'resource']);
/** Content encodings warcio (gzip, deflate) or this module (br) can undo. */
const KNOWN_ENCODINGS = new Set(['', 'identity', 'gzip', 'x-gzip', 'deflate', 'br']);

function header(record: WARCRecord, name: string): string | null {
  return record.httpHeaders?.headers.get(name) ?? null;
}

async function payloadOf(record: WARCRecord): Promise<Uint8Array> {
  const payload = await record.readFully(true);
  const encoding = (header(record, 'content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== 'br') return payload;
  try {
    return brotliDecompressSync(payload);
  } catch {
    // Crawlers often store the decoded payload but keep the header: use the bytes as they are.
    return payload;
  }
}

export async function readWarcRecord(record: WARCRecord, origin: string, maxDocumentBytes: number): Promise<RecordOutcome> {
  const type = record.warcType ?? '';
  if (!DOCUMENT_TYPES.has(type)) return { kind: 'skipped', why: null };
  const contentType = type === 'response' ? header(record, 'content-type') : (record.warcContentType ?? null);
  const status = type === 'response' ? Number(record.httpHeaders?.statusCode) : 200;
  if (!(status >= 200 && status < 300)) return { kind: 'skipped', why: `HTTP ${Number.isNaN(status) ? 'status unknown' : status}` };
  if (contentType && !HTML_TYPE.test(contentType)) return { kind: 'skipped', why: contentType.split(';')[0]?.trim() || 'no type' };
  const encoding = (header(record, 'content-encoding') ?? '').trim().toLowerCase();
  if (!KNOWN_ENCODINGS.has(encoding)) {
    return { kind: 'problem', note: { code: 'unsupported-encoding', reason: `the HTTP payload is compressed with "${encoding.slice(0, 30)}", which cannot be undone here` } };
  }
  const payload = await payloadOf(record);
  if (payload.length === 0) return { kind: 'skipped', why: 'empty payload' };
  if (payload.length > maxDocumentBytes) return { kind: 'problem', note: tooLarge(payload.length, maxDocumentBytes) };
  if (!contentType && sniffContent(payload) !== 'html') return { kind: 'skipped', why: 'no type, not HTML' };
  const decoded = decodeDocument(payload, { html: true, transportCharset: charsetFromContentType(contentType) });
  const hints: Hints = {
    ...(record.warcTargetURI ? { url: record.warcTargetURI } : {}),
    ...(record.warcDate ? { retrieved: record.warcDate } : {}),
  };
  const document: RawDocument = { origin, bytes: payload, contentType: 'html', content: decoded.content, hints };
  return { kind: 'document', document, notes: decoded.notes };
}
