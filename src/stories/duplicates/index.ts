/**
 * Duplicates and versions (issue 8, part 1): exact and near-duplicate documents and passages by
 * MinHash/LSH over word shingles, classified as `exact | near | version | wire`. See README.md.
 */
import type { Document } from '../../model/index.ts';
import type { DuplicatePair } from './duplicate-index.ts';
import { DuplicateIndex } from './duplicate-index.ts';
import type { DuplicateOptions } from './options.ts';
import type { DuplicateRecord } from './records.ts';
import { toDuplicateRecords } from './records.ts';

export { DuplicateIndex } from './duplicate-index.ts';
export type { DuplicatePair, PassageMatch } from './duplicate-index.ts';
export { classifyPair, outletKey, urlKey } from './classify.ts';
export type { DuplicateKind, PairEvidence } from './classify.ts';
export { DEFAULT_DUPLICATE_OPTIONS } from './options.ts';
export type { DuplicateOptions } from './options.ts';
export { copyGroups, toDuplicateRecords, newestVersions, versionOf } from './records.ts';
export type { DuplicateRecord, PairLike } from './records.ts';
export { lookupKeys, type LookupKeys } from './lookup-keys.ts';
export { documentBody, passageBody, words } from './normalise.ts';

/** Batch helper: every document added in the given order (time order for ingest), all pairs and the export records. */
export function findDuplicates(docs: Iterable<Document>, options: Partial<DuplicateOptions> = {}): { pairs: DuplicatePair[]; records: DuplicateRecord[] } {
  const index = new DuplicateIndex(options);
  const pairs: DuplicatePair[] = [];
  for (const doc of docs) for (const p of index.add(doc)) pairs.push(p);
  return { pairs, records: toDuplicateRecords(pairs) };
}
