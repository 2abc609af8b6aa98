/** What formats look like: extensions, leading bytes and tags. Data, not branches (STYLE.md 2.6). */
import type { Format } from './types.ts';

/** By the last extension (after any `.gz` is removed), lower case. */
export const EXTENSION_FORMATS: Readonly<Record<string, Format>> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  warc: 'warc',
};

/** Leading tags that make content HTML when no extension says so (after the WHATWG MIME sniffing table). */
export const HTML_LEADING_TAGS: readonly string[] = [
  '!doctype html', 'html', 'head', 'body', 'script', 'iframe', 'h1', 'div', 'font', 'table', 'a', 'style',
  'title', 'b', 'br', 'p', 'meta', 'link', 'article', 'section', 'main', 'header', 'span', '!--',
];

/** Magic numbers of common binary files: a refusal names what the file probably is ("looks like …"). */
export const BINARY_MAGIC: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive (or .docx/.xlsx/.epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a bzip2 archive', bytes: [0x42, 0x5a, 0x68] },
  { name: 'an xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'a zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'a 7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

export const GZIP_MAGIC: readonly number[] = [0x1f, 0x8b];

/** How much of the start is inspected for NUL bytes and control characters (git looks at 8000 bytes). */
export const BINARY_SNIFF_BYTES = 8000;
/** Share of control characters (other than tab, newline, CR, form feed, ESC) above which content is binary. */
export const BINARY_CONTROL_SHARE = 0.1;
