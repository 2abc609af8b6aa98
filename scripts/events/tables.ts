/**
 * The CAMEO tables the model file carries: for every code of the codebook its PLOVER category
 * (2021 crosswalk; null for the statement roots 01/02), mode and Goldstein score, and for every
 * PLOVER category the CAMEO root used when no cue names a closer code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodebookRecord } from '../../src/eval/events/data.ts';
import { readJsonl } from '../../src/eval/events/data.ts';

export interface CameoEntry {
  plover: string | null;
  mode: string | null;
  goldstein: number;
}

export function readCameoTable(eventsDir: string): Record<string, CameoEntry> {
  const crosswalk = new Map<string, { plover: string; mode: string }>();
  for (const line of readFileSync(join(eventsDir, 'crosswalk', 'cameo2plover.tsv'), 'utf8').split('\n').slice(1)) {
    const [cameo, , plover, mode] = line.split('\t');
    if (cameo !== undefined && plover !== undefined && plover.length > 0) crosswalk.set(cameo, { plover, mode: mode ?? '' });
  }
  const mappings = JSON.parse(readFileSync(join(eventsDir, 'crosswalk', 'mappings.json'), 'utf8')) as {
    root_defaults: Record<string, string>;
    dropped_roots: string[];
  };
  const table: Record<string, CameoEntry> = {};
  for (const record of readJsonl<CodebookRecord>(join(eventsDir, 'cameo_codebook.jsonl'))) {
    const dropped = mappings.dropped_roots.includes(record.root);
    const walked = crosswalk.get(record.cameo);
    // root 08 is CONCEDE for 080–083 and RETREAT for 084–087; its root line names both
    const rootDefault = mappings.root_defaults[record.root]?.split('|')[0] ?? null;
    table[record.cameo] = {
      plover: dropped ? null : walked?.plover ?? record.plover?.split('|')[0] ?? rootDefault,
      mode: walked !== undefined && walked.mode.length > 0 ? walked.mode : record.plover_mode,
      goldstein: record.goldstein,
    };
  }
  return table;
}

/**
 * PLOVER category → the CAMEO root reported when the cue does not name one. Most categories have one
 * root; ASSAULT (18/19/20) takes 19 (fighting, the commonest in news), ACCUSE (09/11) 11 (disapprove).
 */
export const ROOT_OF_PLOVER: Readonly<Record<string, string>> = {
  AGREE: '03', CONSULT: '04', SUPPORT: '05', COOPERATE: '06', AID: '07', YIELD: '08', CONCEDE: '08', RETREAT: '08',
  REQUEST: '10', ACCUSE: '11', REJECT: '12', THREATEN: '13', PROTEST: '14', MOBILIZE: '15', SANCTION: '16',
  COERCE: '17', ASSAULT: '19',
};
