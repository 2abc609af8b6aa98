-- How many times a correction (made or undone) or a relink of a partial key changed the entities of a
-- story's members. It is part of the story's version (story-queries.ts storyVersion) in place of the
-- count of every correction in the store, so a correction makes the stored views (0009) of the stories
-- it concerns miss, not those of every story; and a relink, which the version did not see, now does.
-- Adding a column with a constant default rewrites no rows.
ALTER TABLE stories ADD COLUMN entity_changes integer NOT NULL DEFAULT 0;
