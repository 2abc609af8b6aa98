/** `storyline timeline STORY` — the dated account of a story: the most important days, each cited. */
import { storyTimeline } from '../../pipeline/index.ts';
import { integerFlag, parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';
import { citeMarkdown, citeText, FORMAT_HELP, FORMAT_OPTION, formatOf, mdEscape, outlets, storyArgument, storyHeading } from './story-common.ts';

export const timelineHelp = `storyline timeline STORY [--dates 10] [--per-date 2] [${FORMAT_HELP}]
  What happened on which day: the N days the story's sources date most events to (event dates, not
  publication dates), K sentences each, merged across sources; each line cites its documents and spans
  and counts independent outlets (wire copies count once). json prints the export's timeline items.`;

export async function timelineCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { ...FORMAT_OPTION, dates: { type: 'string' }, 'per-date': { type: 'string' } }, io.env);
  if (parsed.help) return writeLine(io.stdout, timelineHelp), 0;
  const format = formatOf(parsed);
  const maxDates = integerFlag(parsed.values.dates, 'dates', 10);
  const perDate = integerFlag(parsed.values['per-date'], 'per-date', 2);
  return withStore(parsed.store, async (store) => {
    const loaded = await storyArgument(store, parsed, 'timeline');
    const { items, records } = storyTimeline(loaded, { maxDates, perDate });
    if (format === 'json') return writeJson(io.stdout, records), 0;
    const outlet = outlets(loaded);
    if (format === 'md') {
      writeLine(io.stdout, `## Timeline: ${mdEscape(loaded.story.title ?? loaded.story.id)}\n`);
      for (const item of items) {
        writeLine(io.stdout, `### ${item.date} — ${item.sources} ${item.sources === 1 ? 'source' : 'sources'}\n`);
        for (const s of item.sentences) writeLine(io.stdout, `- ${mdEscape(s.text)} (${[s, ...s.alsoIn].map((c) => citeMarkdown(c, outlet.get(c.doc) ?? null)).join(', ')})`);
        writeLine(io.stdout);
      }
      if (items.length === 0) writeLine(io.stdout, '_No dated events in this story yet._');
      return 0;
    }
    writeLine(io.stdout, storyHeading(loaded));
    if (items.length === 0) writeLine(io.stdout, 'No dated events in this story yet.');
    for (const item of items) {
      writeLine(io.stdout, `\n${item.date}  (${item.sources} ${item.sources === 1 ? 'source' : 'sources'})`);
      for (const s of item.sentences) writeLine(io.stdout, `  • ${s.text.replace(/\s+/g, ' ')}  ${[s, ...s.alsoIn].map(citeText).join(' ')}`);
    }
    return 0;
  });
}
