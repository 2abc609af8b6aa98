/** `storyline reactions STORY` — who reacted how (actor × stance, each cell cited) and the escalation by day. */
import { STANCES, storyReactions } from '../../pipeline/index.ts';
import type { ActorRow, EscalationDay } from '../../pipeline/index.ts';
import { integerFlag, parseCommandArgs } from '../args.ts';
import type { CliIo, Output } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';
import { citeMarkdown, citeText, FORMAT_HELP, FORMAT_OPTION, formatOf, mdEscape, outlets, storyArgument, storyHeading } from './story-common.ts';

export const reactionsHelp = `storyline reactions STORY [--actors 15] [--evidence 2] [${FORMAT_HELP}]
  Who supports, condemns, urges restraint or threatens: one row per actor, each cell with the number
  of sentences and independent sources and its cited evidence; then the escalation series by day
  (events weighted by intensity, conflict against cooperation).`;

export async function reactionsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { ...FORMAT_OPTION, actors: { type: 'string' }, evidence: { type: 'string' } }, io.env);
  if (parsed.help) return writeLine(io.stdout, reactionsHelp), 0;
  const format = formatOf(parsed);
  const maxActors = integerFlag(parsed.values.actors, 'actors', 15);
  const perCell = integerFlag(parsed.values.evidence, 'evidence', 2);
  return withStore(parsed.store, async (store) => {
    const loaded = await storyArgument(store, parsed, 'reactions');
    const { matrix, escalation } = storyReactions(loaded);
    if (format === 'json') return writeJson(io.stdout, { story: loaded.story.id, matrix, escalation }), 0;
    const actors = matrix.actors.slice(0, maxActors);
    if (format === 'md') {
      const outlet = outlets(loaded);
      writeLine(io.stdout, `## Reactions: ${mdEscape(loaded.story.title ?? loaded.story.id)}\n`);
      writeLine(io.stdout, `| actor | ${STANCES.join(' | ')} |\n|---|${STANCES.map(() => '---:').join('|')}|`);
      for (const a of actors) writeLine(io.stdout, `| ${mdEscape(a.name)} | ${STANCES.map((s) => cellCount(a, s)).join(' | ')} |`);
      writeLine(io.stdout, '\n### Evidence\n');
      for (const a of actors) {
        for (const cell of a.cells) {
          for (const e of cell.evidence.filter((x) => x.repeatOf === undefined).slice(0, perCell)) {
            writeLine(io.stdout, `- **${mdEscape(a.name)}** ${cell.stance}: ${mdEscape(e.text)} (${citeMarkdown(e, outlet.get(e.doc) ?? null)})`);
          }
        }
      }
      writeEscalation(io.stdout, escalation, 'md');
      return 0;
    }
    writeLine(io.stdout, storyHeading(loaded));
    if (actors.length === 0) writeLine(io.stdout, 'No reactions found in this story yet.');
    for (const a of actors) {
      writeLine(io.stdout, `\n${a.name} (${a.type}${a.country ? `, ${a.country}` : ''}) — ${a.total} in ${a.sources} ${a.sources === 1 ? 'source' : 'sources'}`);
      for (const cell of a.cells) {
        writeLine(io.stdout, `  ${cell.stance.padEnd(16)} ${cell.count} (${cell.sources} ${cell.sources === 1 ? 'source' : 'sources'})`);
        for (const e of cell.evidence.filter((x) => x.repeatOf === undefined).slice(0, perCell)) writeLine(io.stdout, `      “${e.text.replace(/\s+/g, ' ')}”  ${citeText(e)}`);
      }
    }
    writeEscalation(io.stdout, escalation, 'text');
    return 0;
  });
}

function cellCount(actor: ActorRow, stance: string): string {
  const cell = actor.cells.find((c) => c.stance === stance);
  return cell ? String(cell.count) : '';
}

function writeEscalation(out: Output, days: readonly EscalationDay[], format: 'text' | 'md'): void {
  if (days.length === 0) return;
  const peak = Math.max(...days.map((d) => d.conflict), 1);
  if (format === 'md') {
    writeLine(out, '\n### Escalation by day\n\n| day | events | conflict | cooperation |\n|---|---:|---:|---:|');
    for (const d of days) writeLine(out, `| ${d.date} | ${d.events} | ${d.conflict.toFixed(1)} | ${d.cooperation.toFixed(1)} |`);
    return;
  }
  writeLine(out, '\nEscalation by day (conflict = sum of −intensity of conflict events):');
  for (const d of days) {
    const bar = '█'.repeat(Math.max(d.conflict > 0 ? 1 : 0, Math.round((d.conflict / peak) * 30)));
    writeLine(out, `  ${d.date}  ${String(d.events).padStart(4)} events  conflict ${d.conflict.toFixed(1).padStart(7)}  cooperation ${d.cooperation.toFixed(1).padStart(6)}  ${bar}`);
  }
}
