/**
 * Which reader an input needs: by extension (`.txt .html .htm .json .jsonl .ndjson .warc`, each
 * optionally `.gz`), checked against the content, which decides alone when there is no extension
 * (stdin `-`) or the extension is unknown or contradicted by unambiguous content.
 */
import { binaryReason, detectBom, isBlank } from './bytes.ts';
import { gunzipPrefix, isGzip } from './gzip.ts';
import { latin1Prefix } from './html-charset.ts';
import { EXTENSION_FORMATS, HTML_LEADING_TAGS } from './sniff-patterns.ts';
import type { Format } from './types.ts';

type ContentFormat = 'text' | 'html' | 'json' | 'jsonl' | 'warc';

const SNIFF_CHARS = 1024;
const WARC_START = /^\s*WARC\/\d/;
const HTML_START = new RegExp(`^<(?:${HTML_LEADING_TAGS.map((t) => t.replace(/[-!]/g, '\\$&')).join('|')})(?:[\\s>/]|$)`, 'i');
const JSON_OBJECT_START = /^\{\s*(?:"|\}|$)/;
const JSON_ARRAY_START = /^\[\s*(?:[{\["\]]|$)/;
/** A first line longer than this is not parsed just to tell JSON from JSON Lines. */
const MAX_FIRST_LINE = 4 * 1024 * 1024;

export function withoutGz(name: string): string {
  return name.replace(/\.gz$/i, '');
}

export function extensionFormat(name: string): ContentFormat | null {
  const base = withoutGz(name).split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  return (EXTENSION_FORMATS[base.slice(dot + 1).toLowerCase()] as ContentFormat | undefined) ?? null;
}

export function detectFormat(name: string, bytes: Uint8Array): Format {
  if (bytes.length === 0) return 'empty';
  if (isGzip(bytes)) {
    const prefix = gunzipPrefix(bytes);
    if (prefix === null) return extensionFormat(name) ?? 'binary';
    return detectDecompressed(withoutGz(name), prefix, true);
  }
  return detectDecompressed(name, bytes, false);
}

/** `partial`: the bytes are only the start of the content (a gzip prefix). */
export function detectDecompressed(name: string, bytes: Uint8Array, partial: boolean): Format {
  if (isBlank(bytes)) return 'empty';
  // A WARC holds images and compressed payloads: its magic is checked before the binary test.
  if (WARC_START.test(latin1Prefix(bytes, 64))) return 'warc';
  if (binaryReason(bytes) !== null) return 'binary';
  return reconcile(extensionFormat(name), sniffContent(bytes, partial));
}

/** The extension wins unless the content unambiguously says otherwise. */
function reconcile(byName: ContentFormat | null, sniffed: ContentFormat): ContentFormat {
  if (byName === null || sniffed === 'warc') return sniffed;
  if (byName === 'text' && sniffed === 'html') return 'html';
  if ((byName === 'json' || byName === 'jsonl') && (sniffed === 'json' || sniffed === 'jsonl')) return sniffed;
  return byName;
}

export function sniffContent(bytes: Uint8Array, partial = false): ContentFormat {
  const bom = detectBom(bytes);
  if (bom && bom.encoding !== 'utf-8') {
    const head = new TextDecoder(bom.encoding).decode(bytes.subarray(0, SNIFF_CHARS * 2)).trimStart();
    return HTML_START.test(head) ? 'html' : 'text';
  }
  const head = latin1Prefix(bytes.subarray(bom?.length ?? 0), SNIFF_CHARS).trimStart();
  if (head.startsWith('WARC/')) return 'warc';
  if (JSON_ARRAY_START.test(head)) return 'json';
  if (JSON_OBJECT_START.test(head)) return jsonOrLines(bytes, partial);
  if (HTML_START.test(head)) return 'html';
  return 'text';
}

/** One object per line, several lines → JSON Lines; a pretty-printed or single object → JSON. */
function jsonOrLines(bytes: Uint8Array, partial: boolean): 'json' | 'jsonl' {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return partial ? 'jsonl' : 'json';
  if (newline > MAX_FIRST_LINE) return 'jsonl';
  try {
    const first: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline)));
    if (typeof first !== 'object' || first === null || Array.isArray(first)) return 'json';
  } catch {
    return 'json';
  }
  return isBlank(bytes.subarray(newline + 1)) ? 'json' : 'jsonl';
}
