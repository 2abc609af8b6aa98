/** `storyline entities` — people, organisations and places across the corpus, aliases merged. */
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';
import { FILTER_HELP, FILTER_OPTIONS, filterOf } from './annotation-filters.ts';

export const entitiesHelp = `storyline entities ${FILTER_HELP}
  People, organisations, places and groups across the corpus, one line each with aliases and roles.
  --type PERSON|ORG|GPE|LOC|NORP|FACILITY; --entity NAME matches names and aliases.
  Each line ends with the entity's key, for \`storyline correct\`.`;

export async function entitiesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, FILTER_OPTIONS, io.env);
  if (parsed.help) return writeLine(io.stdout, entitiesHelp), 0;
  const filter = filterOf(parsed);
  return withStore(parsed.store, async (store) => {
    const entities = await store.listEntities(filter);
    if (parsed.json) return writeJson(io.stdout, { entities }), 0;
    if (entities.length === 0) writeLine(io.stdout, 'No entities match. Ingest documents first: storyline ingest PATH');
    for (const e of entities) {
      const aliases = e.aliases.length > 0 ? `  aka ${e.aliases.join(', ')}` : '';
      const roles = e.roles.length > 0 ? `  roles: ${e.roles.map((r) => (r.org ? `${r.title} (${r.org})` : r.title)).join('; ')}` : '';
      const place = e.country ? `  [${e.country}]` : '';
      writeLine(io.stdout, `${e.type.padEnd(8)}  ${e.name}${place}${aliases}${roles}  — ${e.documents} doc${e.documents === 1 ? '' : 's'}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'}  (key: ${e.key})`);
    }
    return 0;
  });
}
