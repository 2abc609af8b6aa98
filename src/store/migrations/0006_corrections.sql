-- Corrections of the entity layer made by people (merge, split an alias off, rename, set type),
-- one row each; deleting a row undoes it. They are keyed on entity keys (and, for a split, the
-- alias text), never on analysis rows, so re-analysis and re-ingest keep them.
CREATE TABLE corrections (
  id         bigserial PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('merge', 'split', 'rename', 'set_type')),
  -- the entity key the correction is about
  subject    text NOT NULL,
  -- merge: the key merged into; split: the alias; rename: the name; set_type: the type
  value      text NOT NULL,
  note       text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Each entity row's key, type and name with the corrections applied (src/model/corrections.ts):
-- derived data, written with the analysis and recomputed for the rows a correction concerns
-- (correction-queries.ts), so every read filters and groups on an indexed column.
ALTER TABLE entities
  ADD COLUMN entity_key  text,
  ADD COLUMN entity_type text,
  ADD COLUMN entity_name text;

UPDATE entities SET entity_key = corpus_key, entity_type = type, entity_name = name;

ALTER TABLE entities
  ALTER COLUMN entity_key SET NOT NULL,
  ALTER COLUMN entity_type SET NOT NULL,
  ALTER COLUMN entity_name SET NOT NULL;

CREATE INDEX entities_entity_key ON entities (entity_key);
