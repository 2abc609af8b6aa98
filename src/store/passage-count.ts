/**
 * A document's number of passages, as SQL over the document id expression `docId`: one backward probe
 * of `passages`' primary key for the last index (passages are written with indexes 0…n−1), not a count
 * of every entry — a search page of 20 read ≈ 1,200 index entries for its counts.
 */
export function passageCountSql(docId: string): string {
  return `coalesce((SELECT p.idx + 1 FROM passages p WHERE p.doc_id = ${docId} ORDER BY p.idx DESC LIMIT 1), 0)`;
}
