/**
 * `storyline quotes | times | events | facts | stances` — stored annotation records, filtered, one
 * line each for people (every line ends with its citation `DOC:START-END`), or JSON for programs.
 */
import type { AnnotationLayer, StoredRecord } from '../../store/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';
import { FILTER_HELP, FILTER_OPTIONS, filterOf } from './annotation-filters.ts';

interface ListSpec {
  readonly layer: AnnotationLayer;
  readonly command: string;
  readonly help: string;
  readonly line: (r: StoredRecord) => string;
  readonly empty: string;
}

const get = (r: StoredRecord, key: string): unknown => r.record[key];
const cite = (r: StoredRecord) => `[${r.doc}:${r.start}-${r.end}]`;
const when = (r: StoredRecord) => (r.date ?? r.docPublished ?? '?').padEnd(10);
const quoted = (s: string) => `“${s}”`;

const SPECS: readonly ListSpec[] = [
  {
    layer: 'quote', command: 'quotes',
    help: 'Who said what: direct and indirect quotes with speaker, cue and medium. --type direct|indirect|mixed; --speaker NAME.',
    line: (r) => {
      const speaker = (get(r, 'speaker') as { text?: string } | null)?.text;
      const medium = get(r, 'medium') ? `, ${String(get(r, 'medium'))}` : '';
      return `${when(r)}  ${r.entityName ?? speaker ?? '(unattributed)'}: ${quoted(r.snippet)}  (${r.type ?? '?'}${medium})  ${cite(r)}`;
    },
    empty: 'No quotes match.',
  },
  {
    layer: 'timex', command: 'times',
    help: 'Time expressions with their TimeML value and the anchor they were resolved against. --type DATE|TIME|DURATION|SET.',
    line: (r) => `${(r.date ?? '?').padEnd(17)}  ${(r.type ?? '').padEnd(8)}  ${quoted(r.snippet)}  anchor ${String(get(r, 'anchor') ?? '-')}  ${cite(r)}`,
    empty: 'No time expressions match.',
  },
  {
    layer: 'event', command: 'events',
    help: 'Who did what to whom, when: PLOVER events dated by the happening. --type ASSAULT|THREATEN|…; --speaker NAME (the actor).',
    line: (r) => {
      const date = get(r, 'date') as { precision?: string; from?: string } | null;
      const dated = date ? `${r.date} (${date.precision}, ${date.from})` : '(undated)';
      const who = `${r.entityName ?? '?'} → ${r.targetName ?? '?'}`;
      return `${dated.padEnd(28)}  ${(r.type ?? '').padEnd(10)}  ${who}  ${quoted(r.snippet)}  ${cite(r)}`;
    },
    empty: 'No events match.',
  },
  {
    layer: 'fact', command: 'facts',
    help: 'Numeric claims: quantity, unit and what they are about. --type UNIT (percent, USD, …).',
    line: (r) => {
      const change = get(r, 'change') ? ` (${String(get(r, 'change'))})` : '';
      return `${when(r)}  ${String(get(r, 'quantity'))} ${r.type ?? ''} — ${String(get(r, 'about') ?? '')}${change}  ${quoted(r.snippet)}  ${cite(r)}`;
    },
    empty: 'No facts match.',
  },
  {
    layer: 'stance', command: 'stances',
    help: 'Who reacted how: supports, condemns, urges_restraint, threatens, neutral, with the evidence. --type STANCE; --speaker NAME (the actor).',
    line: (r) => `${when(r)}  ${(r.entityName ?? '?').padEnd(24)}  ${(r.type ?? '').padEnd(15)}  ${quoted(r.snippet)}  ${cite(r)}`,
    empty: 'No stances match.',
  },
];

export const recordCommands = SPECS.map((spec) => ({
  name: spec.command,
  help: `storyline ${spec.command} ${FILTER_HELP}\n  ${spec.help}`,
  run: async (args: readonly string[], io: CliIo): Promise<number> => {
    const parsed = parseCommandArgs(args, FILTER_OPTIONS, io.env);
    if (parsed.help) return writeLine(io.stdout, `storyline ${spec.command} ${FILTER_HELP}\n  ${spec.help}`), 0;
    const filter = filterOf(parsed);
    return withStore(parsed.store, async (store) => {
      const records = await store.queryRecords(spec.layer, filter);
      if (parsed.json) {
        writeJson(io.stdout, { [spec.command]: records.map((r) => ({ doc: r.doc, ...r.record, text: r.snippet, entity_name: r.entityName, target_name: r.targetName })) });
        return 0;
      }
      if (records.length === 0) writeLine(io.stdout, spec.empty);
      for (const r of records) writeLine(io.stdout, spec.line(r));
      if (records.length === filter.limit) writeLine(io.stdout, `… showing the first ${filter.limit}; narrow with filters or raise --limit`);
      return 0;
    });
  },
}));
