-- A story's views (timeline, summary, reactions, contradictions, the story row with its documents)
-- as the API serves them, kept as JSON under the story version they were computed at
-- (story-queries.ts storyVersion). A view is read only while that version is the story's current one,
-- so a stored view is never older than the request that reads it; a new member, re-analysis or
-- correction makes it miss, and the next reader computes and stores it again. Derived data only:
-- dropping every row loses nothing but time.
CREATE TABLE story_views (
  story_id  text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  view_key  text NOT NULL,
  version   text NOT NULL,
  body      text NOT NULL,
  stored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (story_id, view_key)
);
