/** `storyline docs` — list stored documents, a page at a time. */
import type { DocumentKind } from '../../model/index.ts';
import { integerFlag, parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { UsageError, writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';

export const docsHelp = `storyline docs [--limit 50] [--after ID] [--source OUTLET] [--kind article|liveblog] [--json]
  Lists stored documents in id order; --after continues from the last id of the previous page.`;

const KINDS = new Set(['article', 'liveblog', 'statement', 'other']);

export async function docsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { limit: { type: 'string' }, after: { type: 'string' }, source: { type: 'string' }, kind: { type: 'string' } }, io.env);
  if (parsed.help) return writeLine(io.stdout, docsHelp), 0;
  const kind = parsed.values.kind as string | undefined;
  if (kind !== undefined && !KINDS.has(kind)) throw new UsageError(`--kind must be one of ${[...KINDS].join(', ')}, got "${kind}"`);
  const limit = integerFlag(parsed.values.limit, 'limit', 50);
  return withStore(parsed.store, async (store) => {
    const documents = await store.listDocuments({
      limit, ...(parsed.values.after ? { after: parsed.values.after as string } : {}),
      ...(parsed.values.source ? { source: parsed.values.source as string } : {}),
      ...(kind ? { kind: kind as DocumentKind } : {}),
    });
    const next = documents.length === limit ? documents.at(-1)?.id ?? null : null;
    if (parsed.json) {
      writeJson(io.stdout, { documents, next });
      return 0;
    }
    if (documents.length === 0) writeLine(io.stdout, 'No documents. Add some with: storyline ingest PATH');
    for (const d of documents) {
      const title = d.title ?? '(untitled)';
      writeLine(io.stdout, `${d.id}  ${(d.published ?? '?').padEnd(16)}  ${(d.source ?? '-').padEnd(10)}  ${d.kind.padEnd(8)}  ${String(d.passages).padStart(3)}p  ${title}`);
    }
    if (next) writeLine(io.stdout, `… more: storyline docs --after ${next}`);
    return 0;
  });
}
