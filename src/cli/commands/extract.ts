/** `storyline extract FILE...` — clean without storing; one JSON line per document. */
import { toExportDocument } from '../../model/export.ts';
import { formatProblem } from '../../model/index.ts';
import { extractPaths } from '../../pipeline/index.ts';
import { parseCommandArgs, sizeFlag } from '../args.ts';
import type { CliIo } from '../io.ts';
import { UsageError, writeJson, writeLine } from '../io.ts';

export const extractHelp = `storyline extract FILE... [--max-size 20MB]
  Cleans files without storing them and prints one JSON line per document (the export's document fields).`;

export async function extractCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { 'max-size': { type: 'string' } }, io.env);
  if (parsed.help) return writeLine(io.stdout, extractHelp), 0;
  if (parsed.positionals.length === 0) throw new UsageError('extract needs at least one FILE (or - for stdin)');
  const maxDocumentBytes = sizeFlag(parsed.values['max-size'], 'max-size', 20 * 1024 ** 2);
  let failed = 0;
  for await (const event of extractPaths(parsed.positionals, { maxDocumentBytes, ...(io.readStdin ? { readStdin: io.readStdin } : {}) })) {
    if ('document' in event) writeJson(io.stdout, toExportDocument(event.document));
    else {
      writeLine(io.stderr, formatProblem(event.problem));
      if (event.problem.fatal) failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}
