/** `storyline contradictions STORY` — where the story's sources disagree, both sides cited. */
import { storyContradictions } from '../../pipeline/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';
import { citeMarkdown, citeText, FORMAT_HELP, FORMAT_OPTION, formatOf, mdEscape, outlets, storyArgument, storyHeading } from './story-common.ts';

export const contradictionsHelp = `storyline contradictions STORY [${FORMAT_HELP}]
  Where sources disagree about the same thing — numbers for one fact, times of one live-blog entry,
  a person's title, a name's spelling, who did what — every side with its citation.`;

export async function contradictionsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { ...FORMAT_OPTION }, io.env);
  if (parsed.help) return writeLine(io.stdout, contradictionsHelp), 0;
  const format = formatOf(parsed);
  return withStore(parsed.store, async (store) => {
    const loaded = await storyArgument(store, parsed, 'contradictions');
    const { items: found, records } = storyContradictions(loaded);
    if (format === 'json') return writeJson(io.stdout, records), 0;
    const outlet = outlets(loaded);
    if (format === 'md') {
      writeLine(io.stdout, `## Contradictions: ${mdEscape(loaded.story.title ?? loaded.story.id)}\n`);
      if (found.length === 0) writeLine(io.stdout, '_The sources of this story do not disagree on anything found._');
      for (const c of found) {
        writeLine(io.stdout, `- **${c.kind}** — ${mdEscape(c.about)}`);
        for (const claim of c.claims) writeLine(io.stdout, `  - ${mdEscape(claim.text)} (${citeMarkdown(claim.citation, outlet.get(claim.citation.doc) ?? null)})`);
      }
      return 0;
    }
    writeLine(io.stdout, storyHeading(loaded));
    if (found.length === 0) writeLine(io.stdout, 'The sources of this story do not disagree on anything found.');
    for (const c of found) {
      writeLine(io.stdout, `\n[${c.kind}] ${c.about}`);
      for (const claim of c.claims) writeLine(io.stdout, `  ${(outlet.get(claim.citation.doc) ?? '?').padEnd(12)} “${claim.text.replace(/\s+/g, ' ')}”  ${citeText(claim.citation)}`);
    }
    return 0;
  });
}
