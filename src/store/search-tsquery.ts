/**
 * The SQL that parses a search's words, shared by the statements of one search (search-candidates.ts,
 * search-queries.ts): a CTE `q` with `query`, the words as websearch_to_tsquery parses them, and
 * `anyq`, any of its lexemes. A document matches the whole query, but its words may sit in different
 * passages: passages are found and scored by any word, the whole query's cover adding to the score of
 * a passage that holds it. The search text is always parameter `$1`.
 */
export const QUERY_CTE = `q AS (SELECT query, coalesce((SELECT string_agg(DISTINCT m[1], ' | ')
                     FROM regexp_matches(query::text, '(''(?:[^'']|'''')*'')', 'g') m), '')::tsquery AS anyq
               FROM websearch_to_tsquery('english', $1) AS query)`;

/** A passage's score for the search (`sp` a `search_passages` row): the whole query's cover, and a tenth of any word's. */
export const PASSAGE_SCORE = 'ts_rank_cd(sp.search, q.query) + 0.1 * ts_rank_cd(sp.search, q.anyq)';
