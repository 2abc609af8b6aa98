-- Full-text search over title and text (PostgreSQL's own FTS on both back ends), and the
-- non-fatal problems met while cleaning a document (kept so `show` can explain them).

ALTER TABLE documents ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;

CREATE INDEX documents_search ON documents USING gin (search);

CREATE TABLE document_warnings (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx    integer NOT NULL,
  source text NOT NULL,
  code   text NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
