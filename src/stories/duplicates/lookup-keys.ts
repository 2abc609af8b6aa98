/**
 * What a store looks a document up by to find its duplicate candidates without an in-memory index:
 * the hash of its normalised body and the LSH band keys of its body and of the first
 * LOOKUP_PASSAGE_BANDS bands of each passage (tagged so that a body band never meets a passage band). A stored document sharing any key is a candidate —
 * the same rule as `LshIndex` — and the candidates are then compared in a `DuplicateIndex`.
 */
import type { Document } from '../../model/index.ts';
import { fingerprint } from './fingerprint.ts';
import { combine } from './hash.ts';
import { bandKey } from './lsh.ts';
import { minHashSeeds } from './minhash.ts';
import type { DuplicateOptions } from './options.ts';
import { DEFAULT_DUPLICATE_OPTIONS } from './options.ts';

export interface LookupKeys {
  readonly exact: string;
  /** Signed 32-bit integers (a PostgreSQL `integer[]`), distinct. */
  readonly lsh: readonly number[];
  /** Publication time in ms, or null. */
  readonly publishedMs: number | null;
}

const PASSAGE_TAG = 0x5a17;

/**
 * Passage bands a store keeps and looks up, of the 16 the in-memory index uses. A store's GIN lookup
 * costs a tree descent per key (≈ 0.3 ms each with 100,000 documents stored, most of a relate step),
 * and a copy or a version shares many passages, nearly all verbatim: with 4 bands a verbatim passage
 * is still always a candidate, one at J = 0.9 with probability 1 − (1 − 0.9⁴)⁴ = 0.986, and a document
 * sharing three passages at J = 0.6 with 0.81; the candidates are then compared with every band.
 */
export const LOOKUP_PASSAGE_BANDS = 4;

export function lookupKeys(doc: Document, options: Partial<DuplicateOptions> = {}): LookupKeys {
  const o = { ...DEFAULT_DUPLICATE_OPTIONS, ...options };
  const print = fingerprint(doc, o, { document: minHashSeeds(o.documentHashes), passage: minHashSeeds(o.passageHashes) });
  const keys = new Set<number>();
  for (let b = 0; b < o.documentLsh.bands; b++) keys.add(bandKey(print.signature, b, o.documentLsh.rows) | 0);
  for (const p of print.passages) {
    for (let b = 0; b < Math.min(LOOKUP_PASSAGE_BANDS, o.passageLsh.bands); b++) keys.add(combine(PASSAGE_TAG, bandKey(p.signature, b, o.passageLsh.rows)) | 0);
  }
  return { exact: print.exact, lsh: [...keys], publishedMs: print.publishedMs };
}
