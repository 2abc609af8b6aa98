/**
 * Readers for the events development data (../shared/data/events/README.md) and the fixed PLV
 * hold-out rule shared by the training script and the eval suite.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PlvPair {
  readonly sentence_id: string;
  readonly sentence: string;
  /** The sentence with `<s>…</s>` around the source and `<t>…</t>` around the target. */
  readonly marked_sentence: string;
  readonly source: { readonly text: string };
  readonly target: { readonly text: string };
  readonly plover: string;
  readonly penta: number;
}

export interface GsrRecord {
  readonly id: string;
  readonly sentence: string;
  readonly cameo: string | null;
  readonly plover: string;
  readonly mode: string | null;
  readonly source: readonly { readonly text: string }[];
  readonly target: readonly { readonly text: string }[];
}

export interface MultiCopedRecord {
  readonly id: string;
  readonly sentence: string;
  readonly penta: number | null;
}

export interface CodebookRecord {
  readonly cameo: string;
  readonly root: string;
  readonly level: number;
  readonly name: string;
  readonly goldstein: number;
  readonly description: string | null;
  readonly example: string | null;
  readonly plover: string | null;
  readonly plover_mode: string | null;
}

export interface PetrarchRecord {
  readonly id: string;
  readonly sentence: string;
  readonly events: readonly { readonly cameo: string; readonly cameo_valid: boolean; readonly plover: string | null }[];
  readonly expect_no_events: boolean;
  readonly expect_error: boolean;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

export const eventsDir = (dataDir: string): string => join(dataDir, 'events');

/**
 * The fixed fifth of PLV train that is never trained or tuned on: chosen by a hash of the
 * sentence id, so every pair of one sentence falls on the same side.
 */
export function plvFold(sentenceId: string): number {
  return parseInt(createHash('sha1').update(`plv-holdout:${sentenceId}`).digest('hex').slice(0, 8), 16) % 5;
}
export const PLV_HELD_OUT_FOLD = 0;
export const isPlvHeldOut = (sentenceId: string): boolean => plvFold(sentenceId) === PLV_HELD_OUT_FOLD;

/** Sentence text normalised for "same sentence" checks across corpora (PLV and Multi-CoPED share sentences). */
export function normaliseSentence(text: string): string {
  return text.toLowerCase().replace(/[’‘ʼ`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/** PLV merges CONCEDE and RETREAT into YIELD; compare in that granularity. */
export const toPlvCategory = (plover: string): string => (plover === 'CONCEDE' || plover === 'RETREAT' ? 'YIELD' : plover);
