/** `storyline stories` — the stories of the store, most recently active first. */
import type { StorySummary } from '../../store/index.ts';
import { integerFlag, parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';
import { FORMAT_HELP, FORMAT_OPTION, formatOf, mdEscape } from './story-common.ts';

export const storiesHelp = `storyline stories [--limit 50] [--min-docs N] [--query TEXT] [${FORMAT_HELP}]
  Stories across outlets, most recently active first: id, title, documents, independent outlets,
  date range. --query keeps stories with a document matching the words (full-text search).`;

export async function storiesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { ...FORMAT_OPTION, limit: { type: 'string' }, 'min-docs': { type: 'string' }, query: { type: 'string' } }, io.env);
  if (parsed.help) return writeLine(io.stdout, storiesHelp), 0;
  const format = formatOf(parsed);
  const query = {
    limit: integerFlag(parsed.values.limit, 'limit', 50),
    minDocuments: integerFlag(parsed.values['min-docs'], 'min-docs', 1),
    ...(typeof parsed.values.query === 'string' ? { text: parsed.values.query } : {}),
  };
  return withStore(parsed.store, async (store) => {
    const stories = await store.listStories(query);
    if (format === 'json') return writeJson(io.stdout, stories), 0;
    if (stories.length === 0) return writeLine(io.stdout, 'No stories yet: ingest reports with `storyline ingest PATH`.'), 0;
    if (format === 'md') {
      writeLine(io.stdout, '| story | title | documents | outlets | from | to |\n|---|---|---:|---:|---|---|');
      for (const s of stories) writeLine(io.stdout, `| \`${s.id}\` | ${mdEscape(s.title ?? '')} | ${s.documents} | ${s.outlets} | ${day(s.first)} | ${day(s.last)} |`);
      return 0;
    }
    for (const s of stories) writeLine(io.stdout, line(s));
    return 0;
  });
}

function day(value: string | null): string {
  return value ? value.slice(0, 10) : '?';
}

function line(s: StorySummary): string {
  const merged = s.aliases.length > 0 ? `  (merged: ${s.aliases.join(', ')})` : '';
  return `${s.id}  ${day(s.first)} … ${day(s.last)}  ${String(s.documents).padStart(4)} docs ${String(s.outlets).padStart(3)} outlets  ${s.title ?? '(untitled)'}${merged}`;
}
