-- Search at 100,000 documents (search-queries.ts). Measured before this migration, one search for a
-- common word cost ~180 ms: fetching the wide documents rows of every match to order them by date,
-- ranking the whole (TOASTed) tsvector of 500 of them, and ts_headline over whole texts.
--
-- 1. documents_published: the newest matches are found a date window at a time (a btree range ANDed
--    with the GIN bitmap of documents.search), so only the window's rows are fetched.
-- 2. search_passages: one small tsvector per passage (kept inline, not TOASTed), written with the
--    document's passages (search-passages.ts) and backfilled here. Ranking and the snippet read the
--    candidates' passages only: the best passage is the hit's span, and ts_headline runs on that
--    passage alone (cut by its code-point offsets `cp_start`/`cp_end`: PostgreSQL's substr counts code
--    points, the model's offsets UTF-16 units). Passages with no searchable word are left out.

CREATE INDEX documents_published ON documents (published_value);

CREATE TABLE search_passages (
  doc_id       text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx          integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  cp_start     integer NOT NULL,
  cp_end       integer NOT NULL,
  search       tsvector NOT NULL,
  PRIMARY KEY (doc_id, idx)
);

-- The backfill, one document at a time: its text is read once, and code-point offsets differ from
-- UTF-16 ones only after a character beyond the BMP (rare), so only such a text has them counted.
-- One-off (about 2.7 ms a document, mostly substr over the whole text for each passage): new
-- documents are written by search-passages.ts, which cuts passages in JavaScript.
CREATE FUNCTION storyline_backfill_passages(doc text) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  t text;
  astral boolean;
BEGIN
  SELECT d.text || '' INTO t FROM documents d WHERE d.id = doc;
  astral := t ~ '[\U00010000-\U0010FFFF]';
  INSERT INTO search_passages (doc_id, idx, start_offset, end_offset, cp_start, cp_end, search)
  SELECT doc, p.idx, p.start_offset, p.end_offset, c.s, c.e, v.search
    FROM passages p,
         LATERAL (SELECT CASE WHEN astral THEN p.start_offset - (SELECT count(*) FROM regexp_matches(left(t, p.start_offset), '[\U00010000-\U0010FFFF]', 'g'))::int
                              ELSE p.start_offset END AS s,
                         CASE WHEN astral THEN p.end_offset - (SELECT count(*) FROM regexp_matches(left(t, p.end_offset), '[\U00010000-\U0010FFFF]', 'g'))::int
                              ELSE p.end_offset END AS e) c,
         LATERAL (SELECT to_tsvector('english', substr(t, c.s + 1, c.e - c.s)) AS search) v
   WHERE p.doc_id = doc AND length(v.search) > 0;
END
$fn$;

SELECT count(storyline_backfill_passages(id)) FROM documents;
DROP FUNCTION storyline_backfill_passages(text);

-- Statistics now, not when autovacuum gets to it (PGlite has none): without them the planner scans
-- every passage to rank a search's candidates (9 s a search at 100,000 documents).
ANALYZE search_passages;
