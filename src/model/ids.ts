/** Stable ids: the same input gives the same id in every run and export. */
import { createHash } from 'node:crypto';

/** A document's id: `d` + the first 16 hex digits of the sha256 of its raw bytes. */
export function documentId(rawSha256: string): string {
  return `d${rawSha256.slice(0, 16)}`;
}

/** A passage's id: its document id and its index in reading order. */
export function passageId(docId: string, index: number): string {
  return `${docId}.p${index}`;
}

/** A corpus entity's id: `e` + 12 hex digits of the sha256 of its corpus key (`PERSON:qasem soleimani`). */
export function entityId(corpusKey: string): string {
  return `e${createHash('sha256').update(corpusKey).digest('hex').slice(0, 12)}`;
}

/** A record's id in the export: its document id and its id inside the document (`d….q3`). */
export function recordId(docId: string, localId: string): string {
  return `${docId}.${localId}`;
}
