/**
 * The two html-extraction sets under `<data>/html-extraction/` (their README is missing; layout as found):
 * `zyte-aeb/ground-truth.jsonl` rows {id, url, file, articleBody} and `trafilatura-eval/ground-truth.jsonl`
 * rows {id, url, file, with[], without[], title, author, date}; `file` is relative to html-extraction/ and
 * names a gzip'd page. Pages are decoded the way ingest decodes HTML (BOM, declared charset, else UTF-8).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeDocument } from '../../ingest/index.ts';

export const ZYTE = 'zyte-aeb';
export const TRAFILATURA = 'trafilatura-eval';

export interface ZytePage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly articleBody: string;
}

export interface TrafilaturaPage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
  readonly title: string | null;
  readonly author: string | null;
  readonly date: string | null;
}

export function groundTruthPath(dataDir: string, set: string): string {
  return join(dataDir, 'html-extraction', set, 'ground-truth.jsonl');
}

export function hasSet(dataDir: string, set: string): boolean {
  return existsSync(groundTruthPath(dataDir, set));
}

function readRows(dataDir: string, set: string): Record<string, unknown>[] {
  return readFileSync(groundTruthPath(dataDir, set), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function readHtml(dataDir: string, file: string): string {
  const bytes = gunzipSync(readFileSync(join(dataDir, 'html-extraction', file)));
  return decodeDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), { html: true }).content;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function readZyte(dataDir: string): ZytePage[] {
  return readRows(dataDir, ZYTE).map((r) => ({ id: str(r.id), url: str(r.url), html: readHtml(dataDir, str(r.file)), articleBody: str(r.articleBody) }));
}

export function readTrafilatura(dataDir: string): TrafilaturaPage[] {
  return readRows(dataDir, TRAFILATURA).map((r) => ({
    id: str(r.id),
    url: str(r.url),
    html: readHtml(dataDir, str(r.file)),
    with: strings(r.with),
    without: strings(r.without),
    title: strOrNull(r.title),
    author: strOrNull(r.author),
    date: strOrNull(r.date),
  }));
}
