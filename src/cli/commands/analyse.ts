/** `storyline analyse` — (re-)run the understanding pass over stored documents, e.g. after an upgrade. */
import { formatProblem } from '../../model/index.ts';
import { analyseStored, describeRelation, relateStored } from '../../pipeline/index.ts';
import { integerFlag, parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { describeStore, withStore } from '../with-store.ts';

export const analyseHelp = `storyline analyse [--all] [--workers N] [--json]
  Annotates stored documents that have no analysis by the current rules and weights (entities,
  quotes, times, events, facts, stances); --all redoes every document. Then puts documents that are
  in no story yet into one (duplicates and story clustering). ingest runs this itself.`;

export async function analyseCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { all: { type: 'boolean', default: false }, workers: { type: 'string' } }, io.env);
  if (parsed.help) return writeLine(io.stdout, analyseHelp), 0;
  const workers = parsed.values.workers === undefined ? undefined : parsed.values.workers === '0' ? 0 : integerFlag(parsed.values.workers, 'workers', 1);
  return withStore(parsed.store, async (store) => {
    const started = performance.now();
    const summary = await analyseStored(store, { all: parsed.values.all === true, ...(workers === undefined ? {} : { workers }) });
    const relation = await relateStored(store);
    for (const p of [...summary.problems, ...relation.problems]) writeLine(io.stderr, formatProblem(p));
    const seconds = (performance.now() - started) / 1000;
    if (parsed.json) writeJson(io.stdout, { ...summary, relation, seconds });
    const line = `analysed ${summary.analysed}, failed ${summary.failed}, ${describeRelation(relation)} in ${seconds.toFixed(1)} s (${summary.version}) — ${describeStore(store)}`;
    writeLine(parsed.json ? io.stderr : io.stdout, line);
    return summary.failed > 0 || relation.failed > 0 ? 1 : 0;
  });
}

