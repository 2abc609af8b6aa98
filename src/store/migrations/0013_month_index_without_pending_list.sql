-- The month index of migration 0012 without GIN's pending list. With `fastupdate` (the default) new
-- entries wait in an unsorted list that every search reads whole until a vacuum merges them; PGlite
-- runs no autovacuum, so the list only grew: at 100,000 documents it held 274 pages, and each month
-- lookup of a search read them (1.3 ms a lookup, 15 lookups for "police"). Measured on the PGlite bench
-- store, the candidates of the bench's 8 queries: 35.6 ms a search with the list, 10.9 ms after it was
-- merged (the date windows before migration 0012: 19.5–22.8 ms). Entries now go straight into the
-- index; the list already there is merged here.

ALTER INDEX documents_search_by_month SET (fastupdate = off);
SELECT gin_clean_pending_list('documents_search_by_month'::regclass);
