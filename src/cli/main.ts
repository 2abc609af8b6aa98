/** `storyline COMMAND …` — dispatch, and the one place where errors become messages and exit codes. */
import { StoreError } from '../store/index.ts';
import { analyseCommand, analyseHelp } from './commands/analyse.ts';
import { recordCommands } from './commands/annotation-lists.ts';
import { docsCommand, docsHelp } from './commands/docs.ts';
import { entitiesCommand, entitiesHelp } from './commands/entities.ts';
import { exportCommand, exportHelp } from './commands/export.ts';
import { extractCommand, extractHelp } from './commands/extract.ts';
import { ingestCommand, ingestHelp } from './commands/ingest.ts';
import { showCommand, showHelp } from './commands/show.ts';
import { statusCommand, statusHelp } from './commands/status.ts';
import { storiesCommand, storiesHelp } from './commands/stories.ts';
import { timelineCommand, timelineHelp } from './commands/timeline.ts';
import { reactionsCommand, reactionsHelp } from './commands/reactions.ts';
import { summaryCommand, summaryHelp } from './commands/summary.ts';
import { contradictionsCommand, contradictionsHelp } from './commands/contradictions.ts';
import { correctCommand, correctHelp, correctionsCommand, correctionsHelp } from './commands/correct.ts';
import { serveCommand, serveHelp } from './commands/serve.ts';
import type { CliIo } from './io.ts';
import { processIo, UsageError, writeLine } from './io.ts';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  ingest: { run: ingestCommand, help: ingestHelp },
  docs: { run: docsCommand, help: docsHelp },
  show: { run: showCommand, help: showHelp },
  extract: { run: extractCommand, help: extractHelp },
  export: { run: exportCommand, help: exportHelp },
  analyse: { run: analyseCommand, help: analyseHelp },
  entities: { run: entitiesCommand, help: entitiesHelp },
  correct: { run: correctCommand, help: correctHelp },
  corrections: { run: correctionsCommand, help: correctionsHelp },
  ...Object.fromEntries(recordCommands.map((c) => [c.name, { run: c.run, help: c.help }])),
  stories: { run: storiesCommand, help: storiesHelp },
  timeline: { run: timelineCommand, help: timelineHelp },
  summary: { run: summaryCommand, help: summaryHelp },
  reactions: { run: reactionsCommand, help: reactionsHelp },
  contradictions: { run: contradictionsCommand, help: contradictionsHelp },
  serve: { run: serveCommand, help: serveHelp },
  status: { run: statusCommand, help: statusHelp },
};

export const USAGE = `Storyline — a sourced, dated account of what happened, from news coverage.

Usage: storyline [COMMAND] [options]

${Object.values(COMMANDS).map((c) => c.help).join('\n\n')}

storyline            the same as storyline serve: the web page and the API (npm start)

Every command that uses the store takes --data-dir DIR (default ./.storyline, or STORYLINE_DATA_DIR)
or --database-url URL (PostgreSQL; or STORYLINE_DATABASE_URL). Data output: --json.`;

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === 'help' || name === '--help' || name === '-h') return writeLine(io.stdout, USAGE), 0;
    // No command: the page, which is where most people start (issue 10); `status` prints the summary.
    if (name === undefined || name.startsWith('-')) return await serveCommand(argv, io);
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    writeLine(io.stderr, `storyline: ${error.message}\nRun \`storyline help\` for usage.`);
    return 2;
  }
  if (error instanceof StoreError) {
    writeLine(io.stderr, `storyline: ${error.message} [${error.code}]`);
    return 1;
  }
  writeLine(io.stderr, `storyline: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}
