/**
 * `storyline correct merge|split|rename|type|undo …` and `storyline corrections`: the entity
 * corrections as commands (the page and POST /api/corrections make the same ones). Keys are the
 * entity keys `storyline entities` prints (`--json` gives them too).
 */
import type { Correction, CorrectionKind } from '../../model/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { UsageError, writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';

export const correctHelp = `storyline correct merge KEY INTO_KEY | split KEY ALIAS | rename KEY NAME | type KEY TYPE [--note TEXT]
storyline correct undo ID
  Correct the entities: merge one into another, split an alias off into an entity of its own, rename,
  set the type. Kept as data and applied everywhere at once (lists, stories, documents, export), also
  after re-analysis or re-ingest; \`undo\` deletes one. KEY is an entity key from \`storyline entities\`.`;

export const correctionsHelp = `storyline corrections [--json]
  The entity corrections made so far, oldest first, with their ids (for \`storyline correct undo ID\`).`;

const VERBS: Record<string, CorrectionKind> = { merge: 'merge', split: 'split', rename: 'rename', type: 'set_type' };
const WHAT: Record<CorrectionKind, string> = { merge: 'INTO_KEY', split: 'ALIAS', rename: 'NAME', set_type: 'TYPE' };

export function describeCorrection(c: Correction): string {
  const what = c.kind === 'merge' ? `merge "${c.subject}" into "${c.value}"`
    : c.kind === 'split' ? `split "${c.value}" off "${c.subject}"`
      : c.kind === 'rename' ? `rename "${c.subject}" to "${c.value}"`
        : `set the type of "${c.subject}" to ${c.value}`;
  return `${String(c.id).padStart(4)}  ${c.created.slice(0, 16).replace('T', ' ')}  ${what}${c.note ? `  — ${c.note}` : ''}`;
}

export async function correctCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { note: { type: 'string' } }, io.env);
  if (parsed.help) return writeLine(io.stdout, correctHelp), 0;
  const [verb, subject, value, ...extra] = parsed.positionals;
  if (verb === 'undo') {
    const id = Number(subject);
    if (!Number.isInteger(id) || id <= 0 || value !== undefined) throw new UsageError('correct undo expects one correction id (see storyline corrections)');
    return withStore(parsed.store, async (store) => {
      const undone = await store.deleteCorrection(id);
      if (undone === null) return writeLine(io.stderr, `storyline: no correction ${id} (see storyline corrections)`), 1;
      if (parsed.json) writeJson(io.stdout, { undone });
      else writeLine(io.stdout, `undone: ${describeCorrection(undone).trim()}`);
      return 0;
    });
  }
  const kind = verb === undefined ? undefined : VERBS[verb];
  if (kind === undefined) throw new UsageError(`correct expects merge, split, rename, type or undo${verb ? `, got "${verb}"` : ''}`);
  if (subject === undefined || value === undefined || extra.length > 0) throw new UsageError(`correct ${verb} expects KEY ${WHAT[kind]} (quote a key or name with spaces)`);
  const note = typeof parsed.values.note === 'string' ? parsed.values.note : null;
  return withStore(parsed.store, async (store) => {
    const made = await store.addCorrection({ kind, subject, value: kind === 'set_type' ? value.toUpperCase() : value, note });
    if (parsed.json) writeJson(io.stdout, { correction: made });
    else writeLine(io.stdout, `corrected: ${describeCorrection(made).trim()}  (undo: storyline correct undo ${made.id})`);
    return 0;
  });
}

export async function correctionsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {}, io.env);
  if (parsed.help) return writeLine(io.stdout, correctionsHelp), 0;
  if (parsed.positionals.length > 0) throw new UsageError('corrections takes no arguments');
  return withStore(parsed.store, async (store) => {
    const corrections = await store.listCorrections();
    if (parsed.json) return writeJson(io.stdout, { corrections }), 0;
    if (corrections.length === 0) writeLine(io.stdout, 'No corrections. Make one with: storyline correct merge|split|rename|type KEY …');
    for (const c of corrections) writeLine(io.stdout, describeCorrection(c));
    return 0;
  });
}
