/** One sentence through the classifier: stems → cues → features → class scores. */
import { findCoreCues, findCues, sentenceFeatures, stemWords } from './features.ts';
import type { CueMatch } from './features.ts';
import type { CameoInfo, EventModel } from './model.ts';
import { scoreFeatures } from './model.ts';
import { analyseWordsFast, type WordAnalysis } from './fast-score.ts';

export interface SentenceAnalysis {
  readonly stems: readonly string[];
  readonly cues: readonly CueMatch[];
  readonly features: readonly string[];
  /** PLOVER categories (PLV granularity) that have a core cue word in the sentence. */
  readonly core: ReadonlySet<string>;
  /** The categories of the first core cue word (the main happening comes first in news sentences). */
  readonly firstCore: ReadonlySet<string>;
}

export interface Classification {
  /** Best event class, ignoring `NONE` (what the sentence would be if it is an event). */
  readonly eventLabel: string;
  /** Score of the best event class minus the score of `NONE`. */
  readonly margin: number;
}

export function analyseWords(
  words: readonly string[],
  cues: ReadonlyMap<string, string>,
  cameo: ReadonlyMap<string, CameoInfo>,
): SentenceAnalysis {
  const stems = stemWords(words);
  const found = findCues(stems, cues);
  const coreMatches = findCoreCues(stems);
  const core = new Set<string>();
  for (const match of coreMatches) for (const category of match.categories) core.add(category);
  const firstCore = new Set(coreMatches[0]?.categories ?? []);
  return { stems, cues: found, features: sentenceFeatures(stems, found, coreMatches, cameo), core, firstCore };
}

/**
 * Best event class and its lead over NONE. A class with a core cue word in the sentence gets
 * `coreBonus` before the argmax when it is the first core cue of the sentence: on little training
 * data the weights of other words can outvote the word that names the happening, and the first one
 * is the main one ("vowed revenge over the killing" is a threat, not an assault).
 */
export function classify(model: EventModel, analysis: Pick<SentenceAnalysis, 'features' | 'firstCore'>): Classification {
  return classifyScores(model, scoreFeatures(model, analysis.features), [...analysis.firstCore]);
}

/** What the stage needs of a sentence: the word analysis (every core cue in order, as `findCoreCues`) and its classification. */
export interface RuntimeAnalysis extends Omit<WordAnalysis, 'scores'> {
  readonly result: Classification;
}

/** The run-time path: the same scores as `classify(model, analyseWords(…))`, without building feature strings (fast-score.ts). */
export function analyseAndClassify(model: EventModel, words: readonly string[]): RuntimeAnalysis {
  const { stems, cues, cores, scores } = analyseWordsFast(model, words);
  // the first core cue's categories as they are, not copied into a set per clause
  return { stems, cues, cores, result: classifyScores(model, scores, cores[0]?.categories ?? NO_CATEGORIES) };
}

const NO_CATEGORIES: readonly string[] = [];

/** `firstCore`: the categories of the first core cue. */
function classifyScores(model: EventModel, scores: Float32Array, firstCore: readonly string[]): Classification {
  for (let c = 1; c < scores.length; c++) if (firstCore.includes(model.classes[c]!)) scores[c]! += model.thresholds.coreBonus;
  let best = 1;
  for (let c = 2; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  const margin = scores[best]! - scores[0]!;
  return { eventLabel: model.classes[best]!, margin };
}

/** The evidence a sentence has for its best class (see EventThresholds). */
export type Evidence = 'core' | 'cue' | 'uncued';

export function isEvent(model: EventModel, result: Classification, evidence: Evidence): boolean {
  return result.margin > model.thresholds[evidence];
}
