/** `storyline export` — the whole store in the export format (EXPORT.md), streamed. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { ExportFormat } from '../../pipeline/index.ts';
import { exportChunks } from '../../pipeline/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { UsageError, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';

export const exportHelp = `storyline export [--format json|jsonl] [--output FILE]
  Writes every stored document (and, as later stages land, the other arrays) in the export format.`;

export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { format: { type: 'string', default: 'json' }, output: { type: 'string', short: 'o' } }, io.env);
  if (parsed.help) return writeLine(io.stdout, exportHelp), 0;
  const format = parsed.values.format as string;
  if (format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, got "${format}"`);
  const output = parsed.values.output as string | undefined;
  return withStore(parsed.store, async (store) => {
    if (!output) {
      for await (const chunk of exportChunks(store, format as ExportFormat)) io.stdout.write(chunk);
      return 0;
    }
    const file = createWriteStream(output);
    for await (const chunk of exportChunks(store, format as ExportFormat)) {
      if (!file.write(chunk)) await once(file, 'drain');
    }
    file.end();
    await once(file, 'close');
    writeLine(io.stderr, `wrote ${output}`);
    return 0;
  });
}
