-- The relate layer (issue 8): duplicates and versions, and online story clustering.
-- Each document is related once, in its own transaction, under one advisory lock, so that two
-- writers never decide on the same story state at once; a document is related when it has a
-- row in story_members.

-- What duplicate detection looks a new document up by: the hash of its normalised body and the LSH
-- band keys of its body and passages (GIN over the array: a lookup is one index scan).
CREATE TABLE duplicate_prints (
  doc_id       text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  exact        text NOT NULL,
  published_ms bigint,
  lsh          integer[] NOT NULL
);
CREATE INDEX duplicate_prints_exact ON duplicate_prints (exact);
CREATE INDEX duplicate_prints_lsh ON duplicate_prints USING gin (lsh);

-- One row per duplicate relation between two documents (`version`: doc_a is the older).
CREATE TABLE duplicate_pairs (
  doc_a    text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  doc_b    text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind     text NOT NULL CHECK (kind IN ('exact', 'near', 'version', 'wire')),
  score    double precision NOT NULL,
  -- shared passages: [[passage id in doc_a, passage id in doc_b, score], …]
  passages jsonb NOT NULL,
  PRIMARY KEY (doc_a, doc_b)
);
CREATE INDEX duplicate_pairs_b ON duplicate_pairs (doc_b);

-- The clusterer's stored state (src/stories/clustering/snapshot.ts).
CREATE TABLE cluster_corpus (
  only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  documents  integer NOT NULL,
  next_order integer NOT NULL
);
INSERT INTO cluster_corpus (documents, next_order) VALUES (0, 0);

-- Document frequencies of terms ('t') and entity names ('n').
CREATE TABLE cluster_df (
  kind char(1) NOT NULL,
  key  text NOT NULL,
  df   integer NOT NULL,
  PRIMARY KEY (kind, key)
);

CREATE TABLE stories (
  id         text PRIMARY KEY,
  ord        integer NOT NULL UNIQUE,
  title      text,
  size       integer NOT NULL,
  first_ms   bigint,
  last_ms    bigint,
  -- centroids: {term: weight}, and the idf-weighted norms with the corpus size they were computed at
  terms      jsonb NOT NULL,
  names      jsonb NOT NULL,
  norms      jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- An absorbed story id → the live story it now is (flattened: always a live id).
CREATE TABLE story_aliases (
  alias    text PRIMARY KEY,
  story_id text NOT NULL
);
CREATE INDEX story_aliases_story ON story_aliases (story_id);

CREATE TABLE story_members (
  doc_id    text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  story_id  text NOT NULL,
  joined_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_members_story ON story_members (story_id);

-- The clusterer's inverted index: index key → stories, the most recently touched first.
CREATE SEQUENCE story_key_touch;
CREATE TABLE story_keys (
  key      text NOT NULL,
  story_id text NOT NULL,
  touched  bigint NOT NULL,
  PRIMARY KEY (key, story_id)
);
CREATE INDEX story_keys_recent ON story_keys (key, touched DESC);
