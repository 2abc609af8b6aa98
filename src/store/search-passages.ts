/**
 * Writes a document's rows of `search_passages` (migration 0007): one tsvector per passage, for
 * search's ranking and snippets (search-queries.ts). Passages are cut here, in JavaScript, where the
 * model's UTF-16 offsets are native: done in SQL, substr over a whole text cost ~50 µs a passage
 * (3.6 ms a news article), which would have slowed every ingest. The code-point offsets stored beside
 * them let a search cut the passage out of the stored text with substr.
 */
import { codePointOffsets } from '../model/code-points.ts';
import type { Document } from '../model/index.ts';
import type { SqlRunner } from './sql-client.ts';

export async function writeSearchPassages(tx: SqlRunner, d: Document): Promise<void> {
  if (d.passages.length === 0) return;
  const cp = codePointOffsets(d.text);
  const p = d.passages;
  await tx.query(
    `INSERT INTO search_passages (doc_id, idx, start_offset, end_offset, cp_start, cp_end, search)
     SELECT $1, x.i, x.s, x.e, x.cs, x.ce, v.search
       FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::text[]) AS x(i, s, e, cs, ce, t),
            LATERAL (SELECT to_tsvector('english', x.t) AS search) v
      WHERE length(v.search) > 0`,
    [d.id, p.map((_, i) => i), p.map((x) => x.start), p.map((x) => x.end), p.map((x) => cp(x.start)), p.map((x) => cp(x.end)),
      p.map((x) => d.text.slice(x.start, x.end))],
  );
}
