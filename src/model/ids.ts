/** Stable ids: the same input gives the same id in every run and export. */

/** A document's id: `d` + the first 16 hex digits of the sha256 of its raw bytes. */
export function documentId(rawSha256: string): string {
  return `d${rawSha256.slice(0, 16)}`;
}

/** A passage's id: its document id and its index in reading order. */
export function passageId(docId: string, index: number): string {
  return `${docId}.p${index}`;
}
