/** `storyline ingest PATH...` — read, clean and store reports; one summary line always. */
import cliProgress from 'cli-progress';
import { formatProblem } from '../../model/index.ts';
import type { IngestProgress, IngestRun } from '../../pipeline/index.ts';
import { describeIngestRun, ingestAnalyseRelate } from '../../pipeline/index.ts';
import { integerFlag, parseCommandArgs, sizeFlag } from '../args.ts';
import type { CliIo, Output } from '../io.ts';
import { UsageError, writeJson, writeLine } from '../io.ts';
import { describeStore, withStore } from '../with-store.ts';

export const ingestHelp = `storyline ingest PATH... [--max-size 20MB] [--batch-size 32] [--skip-analysis] [--json]
  Reads files and directories (recursively; - for stdin): .txt, .html/.htm, .json/.jsonl, .warc,
  and any of these gzip-compressed (.gz). Identical inputs are stored once. Then annotates what is
  new (see analyse) and puts each new document in a story (duplicates, versions, wire copies, story
  clustering) unless --skip-analysis.`;

export async function ingestCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { 'max-size': { type: 'string' }, 'batch-size': { type: 'string' }, 'skip-analysis': { type: 'boolean', default: false } }, io.env);
  if (parsed.help) return writeLine(io.stdout, ingestHelp), 0;
  if (parsed.positionals.length === 0) throw new UsageError('ingest needs at least one PATH (a file, a directory, or - for stdin)');
  const maxDocumentBytes = sizeFlag(parsed.values['max-size'], 'max-size', 20 * 1024 ** 2);
  const batchSize = integerFlag(parsed.values['batch-size'], 'batch-size', 32);
  return withStore(parsed.store, async (store) => {
    const progress = createProgress(io.stderr);
    let run: IngestRun;
    try {
      run = await ingestAnalyseRelate(store, parsed.positionals, {
        maxDocumentBytes, batchSize, onProgress: progress.update, skipAnalysis: parsed.values['skip-analysis'] === true,
        ...(io.readStdin ? { readStdin: io.readStdin } : {}),
      });
    } finally {
      progress.stop();
    }
    for (const p of run.problems) writeLine(io.stderr, formatProblem(p));
    if (parsed.json) writeJson(io.stdout, { ...run.summary, analysis: run.analysis, relation: run.relation });
    writeLine(parsed.json ? io.stderr : io.stdout, `${describeIngestRun(run)} — ${describeStore(store)}`);
    return run.failed ? 1 : 0;
  });
}

/** A progress bar on stderr when it is a terminal; nothing otherwise (CI logs stay clean). */
function createProgress(stderr: Output): { update: (p: IngestProgress) => void; stop: () => void } {
  if (!stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: stderr as NodeJS.WritableStream, format: 'ingest [{bar}] {value}/{total} inputs {current}', clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      if (!started) bar.start(p.inputsTotal, 0, { current: '' }), (started = true);
      bar.update(p.inputsDone, { current: p.current.length > 40 ? `…${p.current.slice(-39)}` : p.current });
    },
    stop: () => started && bar.stop(),
  };
}
