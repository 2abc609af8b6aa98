/** `storyline status`: what the store holds, and how to begin. */
import { currentAnalysisVersion } from '../../pipeline/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { describeStore, withStore } from '../with-store.ts';

export const statusHelp = `storyline status [--json]
  What the store holds (documents, kinds, sources, analysis, latest stories) and how to begin.`;

export async function statusCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {}, io.env);
  return withStore(parsed.store, async (store) => {
    const stats = await store.stats();
    const analysed = await store.countAnalysed(currentAnalysisVersion());
    if (parsed.json) {
      writeJson(io.stdout, { store: { backend: store.backend, location: store.location }, ...stats, analysed });
      return 0;
    }
    writeLine(io.stdout, `Storyline — ${describeStore(store)}`);
    if (stats.documents === 0) {
      writeLine(io.stdout, 'The store is empty. To begin:');
      writeLine(io.stdout, '  npm start                                      (the web page: upload reports, or load the demo)');
      writeLine(io.stdout, '  npm start -- ingest ../shared/corpus/seeds     (or: npx storyline ingest PATH...)');
      writeLine(io.stdout, '  npm start -- docs');
      writeLine(io.stdout, 'Run `npm start -- help` for every command.');
      return 0;
    }
    writeLine(io.stdout, `${stats.documents} documents, ${stats.passages} passages, published ${stats.firstPublished ?? '?'} … ${stats.lastPublished ?? '?'}`);
    writeLine(io.stdout, `by kind:   ${stats.byKind.map((k) => `${k.kind} ${k.documents}`).join(', ')}`);
    writeLine(io.stdout, `by source: ${stats.bySource.map((s) => `${s.source ?? 'unknown'} ${s.documents}`).join(', ')}`);
    const stale = stats.documents - analysed.current;
    writeLine(io.stdout, `analysed:  ${analysed.current} of ${stats.documents} by the current rules and weights${stale > 0 ? ` — run \`npm start -- analyse\` for the other ${stale}` : ''}`);
    const stories = await store.listStories({ limit: 3 });
    if (stories.length > 0) writeLine(io.stdout, `stories:   latest ${stories.map((s) => `${s.id} (${s.documents} docs)`).join(', ')} — \`npm start -- stories\``);
    writeLine(io.stdout, 'Next: `npm start -- stories`, `npm start -- timeline STORY`, `npm start -- entities`, `npm start -- quotes`, `npm start -- export --format json`.');
    return 0;
  });
}
