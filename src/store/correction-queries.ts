/**
 * The SQL of entity corrections (migration 0006). The `corrections` table is the truth; each entity
 * row's `entity_key`, `entity_type` and `entity_name` are derived from it by the model's pure
 * `correctEntity`, written with every analysis and recomputed here for the rows a correction
 * concerns. A correction change holds an exclusive advisory lock and an analysis write a shared
 * one, so an analysis committed beside a correction never keeps a stale derived key.
 */
import type { Correction, CorrectionIndex, CorrectionInput, CorrectionKind } from '../model/index.ts';
import { correctEntity, correctionProblem, indexCorrections, normaliseAlias } from '../model/index.ts';
import type { SqlClient, SqlRunner } from './sql-client.ts';
import { StoreError } from './store.ts';
import { annotationBundleSql } from './annotation-bundle.ts';

/** Any constant works; it only has to be the same in every Storyline process. */
export const CORRECTIONS_LOCK = 72_001_978;

interface CorrectionRow { id: string | number; kind: CorrectionKind; subject: string; value: string; note: string | null; created_at: Date | string }

function toCorrection(r: CorrectionRow): Correction {
  const created = r.created_at instanceof Date ? r.created_at : new Date(r.created_at);
  return { id: Number(r.id), kind: r.kind, subject: r.subject, value: r.value, note: r.note, created: created.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

export async function readCorrections(db: SqlRunner): Promise<Correction[]> {
  const { rows } = await db.query<CorrectionRow>('SELECT id, kind, subject, value, note, created_at FROM corrections ORDER BY id');
  return rows.map(toCorrection);
}

/** The corrections as an analysis write applies them, read under the shared lock (inside `tx`). */
export async function correctionIndexFor(tx: SqlRunner): Promise<CorrectionIndex> {
  await tx.query('SELECT pg_advisory_xact_lock_shared($1)', [CORRECTIONS_LOCK]);
  return indexCorrections(await readCorrections(tx));
}

/** Whether some entity row now shows under `key` (and, given an alias, names it so or lists it as an alias). */
async function entityExists(tx: SqlRunner, key: string, alias?: string): Promise<boolean> {
  const normalised = (column: string) => `lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'))`;
  const { rows } = await tx.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM entities e WHERE e.entity_key = $1
       AND ($2::text IS NULL OR ${normalised('e.name')} = $2
            OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(e.record->'aliases') al WHERE ${normalised('al')} = $2))) AS found`,
    [key, alias === undefined ? null : normaliseAlias(alias)],
  );
  return rows[0]?.found === true;
}

async function refuseInvalid(tx: SqlRunner, stored: readonly Correction[], input: CorrectionInput): Promise<void> {
  const problem = correctionProblem(stored, input);
  if (problem !== null) throw new StoreError('invalid-correction', problem);
  if (!(await entityExists(tx, input.subject))) throw new StoreError('unknown-entity', `no entity "${input.subject}" (see storyline entities --json for the keys)`);
  if (input.kind === 'merge' && !(await entityExists(tx, input.value))) throw new StoreError('unknown-entity', `no entity "${input.value}" to merge into`);
  if (input.kind === 'split' && !(await entityExists(tx, input.subject, input.value))) {
    throw new StoreError('invalid-correction', `"${input.subject}" is never called "${input.value}"`);
  }
  const same = (c: Correction) => c.kind === input.kind && c.subject === input.subject
    && (c.kind === 'split' ? normaliseAlias(c.value) === normaliseAlias(input.value) : c.value === input.value.trim());
  if (stored.some(same)) throw new StoreError('invalid-correction', 'this correction is already made');
}

export async function addCorrection(client: SqlClient, input: CorrectionInput): Promise<Correction> {
  return client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [CORRECTIONS_LOCK]);
    const stored = await readCorrections(tx);
    await refuseInvalid(tx, stored, input);
    const { rows } = await tx.query<CorrectionRow>(
      'INSERT INTO corrections (kind, subject, value, note) VALUES ($1, $2, $3, $4) RETURNING id, kind, subject, value, note, created_at',
      [input.kind, input.subject, input.value.trim(), input.note?.trim() || null],
    );
    const added = toCorrection(rows[0]!);
    const changed = await refreshEntityRows(tx, indexCorrections([...stored, added]));
    await markStoriesOf(tx, added.subject, changed);
    return added;
  });
}

/** Deletes (undoes) a correction; null when there is none with that id. */
export async function deleteCorrection(client: SqlClient, id: number): Promise<Correction | null> {
  return client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [CORRECTIONS_LOCK]);
    const stored = await readCorrections(tx);
    const removed = stored.find((c) => c.id === id);
    if (removed === undefined) return null;
    await tx.query('DELETE FROM corrections WHERE id = $1', [id]);
    const index = indexCorrections(stored.filter((c) => c !== removed));
    // The removed correction's subject is no subject any more: its rows are recomputed all the same.
    const changed = await refreshEntityRows(tx, index, new Set([...index.subjects, removed.subject]));
    await markStoriesOf(tx, removed.subject, changed);
    return removed;
  });
}

/**
 * Counts a change of entities in every story holding a document that `docs` lists or that has an
 * entity under `subject` (as analysed or as corrected), so the story's version moves (story-queries.ts)
 * and its stored views miss. A correction changes how an entity reads only when the entity's key is the
 * subject of some correction (model/corrections.ts `correctEntity`): those under the correction's
 * subject (an alias split off changes their aliases, which `refreshEntityRows` does not compare), and
 * those whose derived columns `refreshEntityRows` rewrote (a key merged into the subject before). A
 * merge's target is no subject, so its own entities read as before and its other stories keep their views.
 */
async function markStoriesOf(tx: SqlRunner, subject: string | null, docs: readonly string[]): Promise<void> {
  await tx.query(
    `WITH docs AS (SELECT unnest($2::text[]) AS doc_id
                   UNION SELECT e.doc_id FROM entities e WHERE e.entity_key = $1
                   UNION SELECT e.doc_id FROM entities e WHERE e.corpus_key = $1)
     UPDATE stories s SET entity_changes = s.entity_changes + 1
       FROM (SELECT DISTINCT m.story_id FROM docs JOIN story_members m ON m.doc_id = docs.doc_id) x
      WHERE s.id = x.story_id`,
    [subject, docs],
  );
}

/**
 * Recomputes the derived columns of the rows whose corpus key some correction starts from (any other
 * row is untouched by every correction), writing only the rows that change; returns their documents.
 */
export async function refreshEntityRows(tx: SqlRunner, index: CorrectionIndex, keys: ReadonlySet<string> = index.subjects): Promise<string[]> {
  if (keys.size === 0) return [];
  const { rows } = await tx.query<{ doc_id: string; local_id: string; corpus_key: string; type: string; name: string; entity_key: string; entity_type: string; entity_name: string }>(
    'SELECT doc_id, local_id, corpus_key, type, name, entity_key, entity_type, entity_name FROM entities WHERE corpus_key = ANY($1::text[])',
    [[...keys]],
  );
  const changed: { doc: string; local: string; key: string; type: string; name: string }[] = [];
  for (const r of rows) {
    const face = correctEntity(index, { key: r.corpus_key, type: r.type, name: r.name, aliases: [] });
    if (face.key !== r.entity_key || face.type !== r.entity_type || face.name !== r.entity_name) {
      changed.push({ doc: r.doc_id, local: r.local_id, key: face.key, type: face.type, name: face.name });
    }
  }
  if (changed.length === 0) return [];
  await tx.query(
    `UPDATE entities e SET entity_key = u.entity_key, entity_type = u.entity_type, entity_name = u.entity_name
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(doc_id, local_id, entity_key, entity_type, entity_name)
      WHERE e.doc_id = u.doc_id AND e.local_id = u.local_id`,
    [changed.map((c) => c.doc), changed.map((c) => c.local), changed.map((c) => c.key), changed.map((c) => c.type), changed.map((c) => c.name)],
  );
  return [...new Set(changed.map((c) => c.doc))];
}

/** Points every entity under corpus key `from` at `to`, its derived columns recomputed; returns how many moved. */
export async function relinkCorpusKey(client: SqlClient, from: string, to: string): Promise<number> {
  return client.transaction(async (tx) => {
    const index = await correctionIndexFor(tx);
    const { rows } = await tx.query<{ n: number; docs: string[] | null }>(
      `WITH moved AS (UPDATE entities SET corpus_key = $2, entity_key = $2, entity_type = type, entity_name = name WHERE corpus_key = $1 RETURNING doc_id)
       SELECT count(*)::int AS n, array_agg(DISTINCT doc_id) AS docs FROM moved`,
      [from, to],
    );
    if (index.subjects.has(to)) await refreshEntityRows(tx, index, new Set([to]));
    const moved = rows[0]?.docs ?? [];
    if (moved.length > 0) {
      await tx.query(`UPDATE analyses a SET bundle = ${annotationBundleSql('a')} WHERE a.doc_id = ANY($1::text[])`, [moved]);
      // the stories of the documents that moved read another key now
      await markStoriesOf(tx, null, moved);
    }
    return rows[0]?.n ?? 0;
  });
}
