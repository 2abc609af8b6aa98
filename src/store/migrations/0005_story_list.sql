-- The story list's columns, kept on the story row by the relate step (story-queries.ts
-- refreshStoryCounts) instead of aggregated over members and documents on every read: with
-- 100,000 documents, listing the newest stories aggregated every story before it could sort.
ALTER TABLE stories
  ADD COLUMN documents       integer NOT NULL DEFAULT 0,
  ADD COLUMN outlets         integer NOT NULL DEFAULT 0,
  ADD COLUMN first_published text,
  ADD COLUMN last_published  text;

UPDATE stories s
   SET documents = x.documents, outlets = x.outlets, first_published = x.first_published, last_published = x.last_published
  FROM (SELECT m.story_id, count(*)::int AS documents,
               count(DISTINCT coalesce(lower(d.source), d.id))::int AS outlets,
               min(d.published_value) AS first_published, max(d.published_value) AS last_published
          FROM story_members m JOIN documents d ON d.id = m.doc_id
         GROUP BY m.story_id) x
 WHERE s.id = x.story_id;

-- Most recent activity first: the order `storyline stories` and the API list in.
CREATE INDEX stories_activity ON stories ((coalesce(last_ms, 0)) DESC, updated_at DESC, id);
