-- Each analysed document's annotations as one JSON text, read whole by story views
-- (annotation-bundle.ts has the expression and the measurements that chose it). Derived from the
-- entities and annotations rows, rewritten with them. Filled here for the analyses stored before;
-- this copy of the expression is the one of annotation-bundle.ts when this migration was written.
ALTER TABLE analyses ADD COLUMN bundle text;

UPDATE analyses a SET bundle = json_build_object(
      'sentences', a.sentences,
      'entities', (SELECT json_agg(json_build_array(e.corpus_key, e.record) ORDER BY length(e.local_id), e.local_id)
                     FROM entities e WHERE e.doc_id = a.doc_id),
      'records', (SELECT json_agg(json_build_array(n.layer, n.record) ORDER BY n.layer, n.start_offset, length(n.local_id), n.local_id)
                    FROM annotations n WHERE n.doc_id = a.doc_id))::text;
