/** Reads ../shared/data/timelines/t17 by the layout its README documents (articles.jsonl.gz, timelines.jsonl, keywords.json). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../model/index.ts';
import { readJsonlGz } from '../liveblog/read-jsonl-gz.ts';

export interface T17Article {
  readonly id: string;
  /** Publication date, YYYY-MM-DD. */
  readonly time: string;
  readonly source: string;
  /** Tokenised text, one sentence per line, PTB escapes (-LRB-). */
  readonly text: string;
}

/** One reference timeline as the file lists it: [date, sentences] items, duplicates kept. */
export type RawTimeline = readonly (readonly [string, readonly string[]])[];

export interface T17Topic {
  readonly name: string;
  readonly articles: readonly T17Article[];
  readonly timelines: readonly RawTimeline[];
  readonly keywords: readonly string[];
}

export function t17Dir(dataDir: string): string {
  return join(dataDir, 'timelines', 't17');
}

export function topicNames(dataDir: string): string[] {
  const dir = t17Dir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export function readTopic(dataDir: string, name: string): T17Topic {
  const dir = join(t17Dir(dataDir), name);
  // Only the fields used are kept: the HeidelTime `sentences` are for comparison, never an input.
  const articles = readJsonlGz<T17Article>(join(dir, 'articles.jsonl.gz')).map((a) => ({ id: a.id, time: a.time, source: a.source, text: a.text }));
  const timelines = readFileSync(join(dir, 'timelines.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RawTimeline);
  const keywords = JSON.parse(readFileSync(join(dir, 'keywords.json'), 'utf8')) as string[];
  return { name, articles, timelines, keywords };
}

/** Undoes the PTB bracket escapes and `\/` of the T17 text so that they do not count as words. */
export function unescapeT17(text: string): string {
  return text
    .replaceAll('-LRB-', '(').replaceAll('-RRB-', ')')
    .replaceAll('-LSB-', '[').replaceAll('-RSB-', ']')
    .replaceAll('-LCB-', '{').replaceAll('-RCB-', '}')
    .replaceAll('\\/', '/');
}

/** A Storyline Document for a T17 article: lines become paragraphs (blank-line separated), published = the day. */
export function articleDocument(a: T17Article): Document {
  const text = unescapeT17(a.text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n\n');
  return {
    id: a.id, origin: a.id, url: null, title: null, published: { value: a.time, precision: 'day' }, source: a.source,
    agencies: [], author: null, language: 'en', kind: 'article', text, rawSha256: '', passages: [],
  };
}

/** news-tls semantics: date → sentences, the later duplicate date wins. */
export function referenceMap(tl: RawTimeline): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const [date, sentences] of tl) map.set(date, sentences.map((s) => s.trim()));
  return map;
}
