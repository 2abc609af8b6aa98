/** `storyline summary STORY` — a multi-source extractive summary, every sentence cited. */
import { storySummary } from '../../pipeline/index.ts';
import { integerFlag, parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';
import { citeMarkdown, citeText, FORMAT_HELP, FORMAT_OPTION, formatOf, mdEscape, outlets, storyArgument, storyHeading } from './story-common.ts';

export const summaryHelp = `storyline summary STORY [--sentences 6] [--max-chars N] [${FORMAT_HELP}]
  What the story's sources say, in their own sentences: the most central ones across outlets, no
  sentence twice in other words, quotes attributed in the text, in the order things happened; each
  sentence cites every document that carries it and counts independent sources.`;

export async function summaryCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { ...FORMAT_OPTION, sentences: { type: 'string' }, 'max-chars': { type: 'string' } }, io.env);
  if (parsed.help) return writeLine(io.stdout, summaryHelp), 0;
  const format = formatOf(parsed);
  const maxSentences = integerFlag(parsed.values.sentences, 'sentences', 6);
  const maxChars = parsed.values['max-chars'] === undefined ? undefined : integerFlag(parsed.values['max-chars'], 'max-chars', 1);
  return withStore(parsed.store, async (store) => {
    const loaded = await storyArgument(store, parsed, 'summary');
    const summary = storySummary(loaded, { maxSentences, ...(maxChars === undefined ? {} : { maxChars }) });
    if (format === 'json') return writeJson(io.stdout, { story: loaded.story.id, ...summary }), 0;
    const outlet = outlets(loaded);
    if (format === 'md') {
      writeLine(io.stdout, `## Summary: ${mdEscape(loaded.story.title ?? loaded.story.id)}\n`);
      for (const s of summary.sentences) writeLine(io.stdout, `- ${mdEscape(s.text)} (${s.citations.map((c) => citeMarkdown(c, outlet.get(c.doc) ?? null)).join(', ')})`);
      if (summary.sentences.length === 0) writeLine(io.stdout, '_Nothing to summarise yet._');
      return 0;
    }
    writeLine(io.stdout, storyHeading(loaded));
    if (summary.sentences.length === 0) writeLine(io.stdout, 'Nothing to summarise yet.');
    for (const s of summary.sentences) {
      const sources = s.sources > 1 ? ` (${s.sources} sources)` : '';
      writeLine(io.stdout, `\n${s.text.replace(/\s+/g, ' ')}${sources}\n    ${s.citations.map(citeText).join(' ')}`);
    }
    return 0;
  });
}
