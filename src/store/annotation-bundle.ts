/**
 * One analysed document's annotations as a single JSON text (`analyses.bundle`, migration 0011):
 * `{sentences, entities: [[corpus_key, record]…], records: [[layer, record]…]}`, in the order the
 * rows are read one by one (entities by local id, records by layer, start, local id). It is built in
 * SQL from the rows themselves, so it holds exactly what they hold: after each analysis write, after a
 * relink of corpus keys, and (by the migration's own copy of this expression) for analyses stored
 * before. A story view reads its members' bundles as stored — no aggregation, no jsonb conversion —
 * where building them at read time cost 1.35 ms of the database's time for the bench store's analysed
 * stories (0.05 ms read as stored) and 0.25 ms more of the server's.
 *
 * `analyses` is the table alias of the document's `analyses` row.
 */
export function annotationBundleSql(analyses: string): string {
  return `json_build_object(
      'sentences', ${analyses}.sentences,
      'entities', (SELECT json_agg(json_build_array(e.corpus_key, e.record) ORDER BY length(e.local_id), e.local_id)
                     FROM entities e WHERE e.doc_id = ${analyses}.doc_id),
      'records', (SELECT json_agg(json_build_array(n.layer, n.record) ORDER BY n.layer, n.start_offset, length(n.local_id), n.local_id)
                    FROM annotations n WHERE n.doc_id = ${analyses}.doc_id))::text`;
}
