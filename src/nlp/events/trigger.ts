/**
 * Which word of the sentence is the happening, and what CAMEO code it carries: the first cue of the
 * lexicon whose PLOVER category is the predicted one, else the word that pushes the classifier
 * hardest toward that category.
 */
import { NOT_TRIGGERS } from './data/function-words.ts';
import type { CoreMatch, CueMatch } from './features.ts';
import type { EventModel } from './model.ts';

export interface TriggerChoice {
  /** Word index and length in the sentence's word list. */
  readonly index: number;
  readonly length: number;
  /** The cue's CAMEO code when the trigger is a lexicon cue of the predicted category. */
  readonly code: string | null;
  /** The trigger is a core cue word of the category (data/core-cues.ts). */
  readonly core: boolean;
}

/** PLOVER of a CAMEO code, at its most specific level the table has. */
export function ploverOfCode(model: EventModel, code: string): string | null {
  return (model.cameo.get(code) ?? model.cameo.get(code.slice(0, 3)) ?? model.cameo.get(code.slice(0, 2)))?.plover ?? null;
}

/** PLV's YIELD covers PLOVER 2021's CONCEDE and RETREAT. */
export const sameCategory = (modelClass: string, plover: string | null): boolean =>
  plover === modelClass || (modelClass === 'YIELD' && (plover === 'CONCEDE' || plover === 'RETREAT'));

/** A fallback trigger is a lower-case content word (`airstrike`, `sanctions`), not a name or a number. */
const isContentWord = (word: string): boolean => /^\p{Ll}[\p{L}-]+$/u.test(word) && !NOT_TRIGGERS.has(word);

/** Stem → its `w:` weight row, built once per model (the fallback looks up every word of a sentence). */
const wordRowsByModel = new WeakMap<EventModel, ReadonlyMap<string, Float32Array>>();

function wordRowsOf(model: EventModel): ReadonlyMap<string, Float32Array> {
  let rows = wordRowsByModel.get(model);
  if (rows === undefined) {
    const built = new Map<string, Float32Array>();
    for (const [feature, row] of model.weights) if (feature.startsWith('w:')) built.set(feature.slice(2), row);
    wordRowsByModel.set(model, (rows = built));
  }
  return rows;
}

/** `cores`: the sentence's core cues in order (`findCoreCues(stems)`). */
export function chooseTrigger(model: EventModel, label: string, words: readonly string[], stems: readonly string[], cues: readonly CueMatch[], cores: readonly CoreMatch[]): TriggerChoice | null {
  const fitting = cues.filter((c) => sameCategory(label, ploverOfCode(model, c.code)));
  // a core cue of the category first ("killed", "vowed"), with the lexicon's finer code when it has one
  for (const core of cores) {
    if (!core.categories.includes(label)) continue;
    const cue = fitting.find((c) => c.index === core.index);
    return { index: core.index, length: Math.max(core.length, cue?.length ?? 1), code: cue?.code ?? null, core: true };
  }
  const cue = fitting[0];
  if (cue !== undefined) return { index: cue.index, length: cue.length, code: cue.code, core: false };
  const c = model.classes.indexOf(label);
  let best = -1;
  let bestPush = 0;
  const rows = wordRowsOf(model);
  stems.forEach((s, i) => {
    const row = rows.get(s);
    if (row === undefined || !isContentWord(words[i]!)) return;
    const push = row[c]! - row[0]!;
    if (push > bestPush) (best = i), (bestPush = push);
  });
  return best < 0 ? null : { index: best, length: 1, code: null, core: false };
}

/**
 * A fallback trigger (no cue of the predicted category) that is a core cue of another category
 * only ("responding to the fatal US strike", read as a labour strike) names what the core cue says
 * when the classifier's lead is weak — smaller than the bonus one core cue word gets: the word
 * itself then says more than the rest of the sentence. A strong lead keeps the class ("workers
 * went on strike over pay" stays PROTEST).
 */
export function coreReading(model: EventModel, label: string, choice: TriggerChoice, analysis: { readonly cores: readonly CoreMatch[]; readonly cues: readonly CueMatch[] }, margin: number): { label: string; choice: TriggerChoice } {
  if (choice.core || choice.code !== null || margin >= model.thresholds.uncued + model.thresholds.coreBonus) return { label, choice };
  const core = analysis.cores.find((c) => c.index === choice.index);
  if (core === undefined || core.categories.includes(label)) return { label, choice };
  const other = core.categories[0]!;
  const cue = analysis.cues.find((c) => c.index === choice.index && sameCategory(other, ploverOfCode(model, c.code)));
  return { label: other, choice: { index: choice.index, length: Math.max(core.length, cue?.length ?? 1), code: cue?.code ?? null, core: true } };
}
