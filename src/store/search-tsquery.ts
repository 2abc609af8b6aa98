/**
 * The SQL that parses a search's words, shared by the statements of one search (search-candidates.ts,
 * search-queries.ts): a CTE `q` with `query`, the words as websearch_to_tsquery parses them, and
 * `anyq`, any of its lexemes. A document matches the whole query, but its words may sit in different
 * passages: a hit's passage is one that holds the whole query where there is one, else one that holds
 * any of its words. The search text is always parameter `$1`.
 */
export const QUERY_CTE = `q AS (SELECT query, coalesce((SELECT string_agg(DISTINCT m[1], ' | ')
                     FROM regexp_matches(query::text, '(''(?:[^'']|'''')*'')', 'g') m), '')::tsquery AS anyq
               FROM websearch_to_tsquery('english', $1) AS query)`;
