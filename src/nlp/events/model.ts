/**
 * The event model: a sparse linear classifier over sentence features (classes = PLOVER
 * categories + `NONE`), plus the tables the extractor needs, all from one versioned JSON file
 * (`models/events/events-v1.json`, written by `scripts/events/train.ts`). Parsed once; scoring a
 * sentence is one hash lookup per feature and a few multiply-adds.
 */

/** What one CAMEO code means for us (from the CAMEO codebook and the CAMEO→PLOVER crosswalk). */
export interface CameoInfo {
  /** PLOVER 2021 category, or null for CAMEO 01/02 (statements, appeals: no PLOVER event). */
  readonly plover: string | null;
  readonly mode: string | null;
  /** Goldstein score of the code (−10 … +10). */
  readonly goldstein: number;
}

export interface EventModel {
  readonly version: string;
  /** Class names; index 0 is `NONE` (no event). `YIELD` stands for CONCEDE ∪ RETREAT, as in PLV. */
  readonly classes: readonly string[];
  /** feature → weight per class (dense rows of `classes.length`). */
  readonly weights: ReadonlyMap<string, Float32Array>;
  /** Cue lexicon: stem (or `stem_stem` for two-word cues) → CAMEO code (from CAMEO.verbpatterns). */
  readonly cues: ReadonlyMap<string, string>;
  /** CAMEO code (root `19`, level 1 `190`, level 2 `1951`) → meaning and Goldstein score. */
  readonly cameo: ReadonlyMap<string, CameoInfo>;
  /** PLOVER category → CAMEO root used when no cue of that category names a more exact code. */
  readonly rootOf: ReadonlyMap<string, string>;
  readonly thresholds: EventThresholds;
}

/**
 * How far the best event class must lead NONE for a sentence to count as an event, by the evidence
 * for that class in the sentence: a core cue word, a lexicon cue, or neither. Chosen with the
 * weights (cross-validation on PLV train folds 1–4 against sentences of Guardian articles).
 */
export interface EventThresholds {
  /** Added to the score of a class that has a core cue word in the sentence (see classify). */
  readonly coreBonus: number;
  readonly core: number;
  readonly cue: number;
  readonly uncued: number;
}

/** The JSON layout of the weights file. */
export interface EventModelFile {
  readonly format: 'storyline-events';
  readonly version: string;
  readonly classes: readonly string[];
  /** feature → sparse row: [classIndex, weight, classIndex, weight, …]. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  readonly cues: Readonly<Record<string, string>>;
  readonly cameo: Readonly<Record<string, { plover: string | null; mode: string | null; goldstein: number }>>;
  readonly rootOf: Readonly<Record<string, string>>;
  readonly thresholds: EventThresholds;
}

export function parseEventModel(data: Uint8Array): EventModel {
  const file = JSON.parse(new TextDecoder().decode(data)) as EventModelFile;
  if (file.format !== 'storyline-events') throw new Error(`not an event model (format ${String(file.format)})`);
  const width = file.classes.length;
  if (file.classes[0] !== 'NONE') throw new Error('event model: class 0 must be NONE');
  const weights = new Map<string, Float32Array>();
  for (const [feature, sparse] of Object.entries(file.weights)) {
    const row = new Float32Array(width);
    for (let i = 0; i + 1 < sparse.length; i += 2) row[sparse[i]!] = sparse[i + 1]!;
    weights.set(feature, row);
  }
  return {
    version: file.version,
    classes: file.classes,
    weights,
    cues: new Map(Object.entries(file.cues)),
    cameo: new Map(Object.entries(file.cameo)),
    rootOf: new Map(Object.entries(file.rootOf)),
    thresholds: file.thresholds,
  };
}

/** Class scores for a bag of features (unknown features count zero). */
export function scoreFeatures(model: EventModel, features: readonly string[]): Float32Array {
  const scores = new Float32Array(model.classes.length);
  for (const feature of features) {
    const row = model.weights.get(feature);
    if (row === undefined) continue;
    for (let c = 0; c < scores.length; c++) scores[c]! += row[c]!;
  }
  return scores;
}
