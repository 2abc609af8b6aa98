-- Documents as cleaned, their passages, and the raw input bytes they were cleaned from.
-- Offsets are UTF-16 code units into documents.text (the export converts to code points).

CREATE TABLE documents (
  id                  text PRIMARY KEY,
  raw_sha256          text NOT NULL UNIQUE,
  origin              text NOT NULL,
  url                 text,
  title               text,
  published_value     text,
  published_precision text,
  source              text,
  agencies            text[] NOT NULL DEFAULT '{}',
  author              text,
  language            text,
  kind                text NOT NULL,
  text                text NOT NULL,
  ingested_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX documents_ingested_at ON documents (ingested_at, id);
CREATE INDEX documents_source ON documents (source);

CREATE TABLE raw_inputs (
  doc_id       text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  content_type text NOT NULL,
  hints        jsonb NOT NULL,
  bytes        bytea NOT NULL
);

CREATE TABLE passages (
  doc_id       text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx          integer NOT NULL,
  kind         text NOT NULL,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  time         text,
  PRIMARY KEY (doc_id, idx),
  CHECK (start_offset >= 0 AND start_offset <= end_offset)
);
