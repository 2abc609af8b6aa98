-- What the annotate stage computed for each document (src/model/annotations.ts).
-- `analyses` says which documents were analysed and by which analysis version, so
-- `storyline analyse` can redo the stale ones after an upgrade.
-- Entities keep their corpus key (the same real thing across documents) next to the record;
-- every other layer (mention, quote, timex, event, fact, stance) is one row per record with the
-- columns the CLI filters on, and the whole record as jsonb for export.
-- Offsets are UTF-16 code units into documents.text, like passages.

CREATE TABLE analyses (
  doc_id      text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  version     text NOT NULL,
  -- sentence spans as [[start, end], …]
  sentences   jsonb NOT NULL,
  analysed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE entities (
  doc_id     text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  local_id   text NOT NULL,
  type       text NOT NULL,
  name       text NOT NULL,
  -- the key the document alone gives (`PERSON:~soleimani` when only a surname was seen)
  doc_key    text NOT NULL,
  -- after linking a partial key to the one full key of the corpus that fits
  corpus_key text NOT NULL,
  record     jsonb NOT NULL,
  PRIMARY KEY (doc_id, local_id)
);

CREATE INDEX entities_corpus_key ON entities (corpus_key);
CREATE INDEX entities_type ON entities (type);

CREATE TABLE annotations (
  doc_id       text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  layer        text NOT NULL,
  local_id     text NOT NULL,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  -- entity type, quote kind, timex type, event type, fact unit or stance, by layer
  type         text,
  -- timex value or event date value (TimeML), for --from/--to
  date_value   text,
  -- the document-local entity the record is about: mention's entity, quote's speaker,
  -- event's actor, fact's entity, stance's actor
  entity       text,
  -- event's target
  target       text,
  -- the text the CLI shows: a quote's content, an event's sentence, a timex's words…
  snippet      text NOT NULL,
  record       jsonb NOT NULL,
  PRIMARY KEY (doc_id, layer, local_id),
  CHECK (start_offset >= 0 AND start_offset <= end_offset)
);

CREATE INDEX annotations_layer_type ON annotations (layer, type);
CREATE INDEX annotations_layer_date ON annotations (layer, date_value);
