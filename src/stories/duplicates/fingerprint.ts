/**
 * A document reduced to what duplicate detection compares: an exact-body hash, a MinHash signature of
 * the body, one signature per passage with enough words, and the metadata the rules need. The text
 * itself is not kept, so an index of many documents stays small.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../../model/index.ts';
import { outletKey, urlKey } from './classify.ts';
import { minHashSignature } from './minhash.ts';
import { passageBody, words } from './normalise.ts';
import type { DuplicateOptions } from './options.ts';
import { shingleHashes } from './shingles.ts';

export interface PassagePrint {
  readonly id: string;
  readonly words: number;
  readonly signature: Uint32Array;
}

export interface Fingerprint {
  readonly id: string;
  readonly outlet: string | null;
  readonly url: string | null;
  /** sha256 of the normalised body (words joined by one space). */
  readonly exact: string;
  readonly signature: Uint32Array;
  /** Passages with at least minPassageWords words, in reading order. */
  readonly passages: readonly PassagePrint[];
  /** Words of those passages: the denominator of coverage. */
  readonly passageWords: number;
  readonly bodyWords: number;
  /** The latest live-blog entry time, else the publication date, else null: orders versions. */
  readonly latest: string | null;
  /** Publication time in ms since the epoch (the earliest entry time when no date was stated), or null. */
  readonly publishedMs: number | null;
}

export interface Seeds {
  readonly document: Uint32Array;
  readonly passage: Uint32Array;
}

export function fingerprint(doc: Document, o: DuplicateOptions, seeds: Seeds): Fingerprint {
  const bodyWords: string[] = [];
  const passages: PassagePrint[] = [];
  let passageWords = 0;
  let latest: string | null = null;
  let earliest: string | null = null;
  if (doc.passages.length === 0) bodyWords.push(...words(doc.text));
  for (const p of doc.passages) {
    const w = words(passageBody(doc, p));
    for (const x of w) bodyWords.push(x);
    if (p.time && (latest === null || p.time > latest)) latest = p.time;
    if (p.time && (earliest === null || p.time < earliest)) earliest = p.time;
    if (w.length < o.minPassageWords) continue;
    passages.push({ id: p.id, words: w.length, signature: minHashSignature(shingleHashes(w, o.passageShingle), seeds.passage) });
    passageWords += w.length;
  }
  return {
    id: doc.id,
    outlet: outletKey(doc.source),
    url: urlKey(doc.url),
    exact: createHash('sha256').update(bodyWords.join(' ')).digest('hex'),
    signature: minHashSignature(shingleHashes(bodyWords, o.documentShingle), seeds.document),
    passages,
    passageWords,
    bodyWords: bodyWords.length,
    latest: latest ?? doc.published?.value ?? null,
    publishedMs: toMs(doc.published?.value ?? earliest),
  };
}

/** `2020-01-03`, `2020-01-03T07:05Z`, `1987-02-26T15:01:01.790` (no zone: read as UTC) → ms; null when unreadable. */
function toMs(value: string | null): number | null {
  if (value === null) return null;
  const withZone = /T[\d:.]+$/.test(value) ? `${value}Z` : value;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? null : ms;
}
