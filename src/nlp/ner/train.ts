/**
 * Averaged-perceptron training of the greedy tagger (Collins 2002; the averaging by the
 * "w − u/c" trick). Pure: documents in, model out. Deterministic for a given seed: documents
 * are shuffled each epoch with a seeded PRNG.
 *
 * A gold tag of `null` means "unknown here" (CoNLL MISC tokens that are not demonyms): the tagger
 * still predicts there (its prediction feeds the history), but no update is made on that token.
 */
import { decoderState, bestAllowed, scoreInto, typeOfTag } from './decode.ts';
import { DocumentMemory, typesOfBits } from './memory.ts';
import { featureNames, isMemorable, MAX_FEATURES_PER_TOKEN, templatesOf, type GazetteerLabels, type WordTemplates } from './features.ts';
import type { NerModel } from './model.ts';
import { seededRandom, shuffleInPlace } from './random.ts';
import { NER_TAGS, OUTSIDE, reverseTags } from './tags.ts';

export interface TrainingSentence {
  readonly words: readonly string[];
  /** BIO2 tags over NER_TAGS; null = no update on this token. */
  readonly tags: readonly (string | null)[];
  /** Gazetteer labels per token (when the model is to use them). */
  readonly gazetteer?: GazetteerLabels;
}

export type TrainingDocument = readonly TrainingSentence[];

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Keep a feature only when it fires at least this often in the counting pass (gold history). */
  readonly minCount: number;
  readonly clusters: ReadonlyMap<string, string>;
  /** Whether the sentences carry gazetteer labels the model should learn from. */
  readonly gazetteer: boolean;
  /** Decoding direction of the model (see NerModel.direction). */
  readonly direction: 'ltr' | 'rtl';
  readonly version: string;
  readonly meta?: Readonly<Record<string, unknown>>;
  readonly log?: (line: string) => void;
  /** Called after each epoch with the averaged model so far (e.g. to score a dev split). */
  readonly onEpoch?: (epoch: number, model: NerModel) => void;
}

function countFeatures(docs: readonly TrainingDocument[], options: TrainOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const cache = new Map<string, WordTemplates>();
  for (const doc of docs) {
    const memory = new DocumentMemory();
    for (const s of doc) {
      const t = templatesOf(s.words, options.clusters, cache);
      const gaz = options.gazetteer ? (s.gazetteer ?? null) : null;
      let prev = OUTSIDE;
      let prev2 = OUTSIDE;
      for (let i = 0; i < s.words.length; i++) {
        const word = s.words[i]!;
        for (const name of featureNames(t, i, gaz, prev, prev2, memory.lastType(word), typesOfBits(memory.seenTypes(word)))) counts.set(name, (counts.get(name) ?? 0) + 1);
        const tag = s.tags[i] ?? OUTSIDE;
        const type = typeOfTag(tag);
        if (type !== undefined && isMemorable(word)) memory.remember(word, type);
        prev2 = prev;
        prev = tag;
      }
    }
  }
  return counts;
}

function reversed(s: TrainingSentence): TrainingSentence {
  return {
    words: [...s.words].reverse(),
    tags: reverseTags(s.tags),
    ...(s.gazetteer ? { gazetteer: [...s.gazetteer].reverse() } : {}),
  };
}

export function trainNerModel(input: readonly TrainingDocument[], options: TrainOptions): NerModel {
  // Right-to-left models learn on mirrored sentences: the decoder then runs left to right over them.
  const docs = options.direction === 'rtl' ? input.map((doc) => doc.map(reversed)) : input;
  const log = options.log ?? ((): void => {});
  const tags = NER_TAGS;
  const T = tags.length;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const counts = countFeatures(docs, options);
  const features = new Map<string, number>();
  for (const [name, n] of counts) if (n >= options.minCount) features.set(name, features.size);
  log(`features: ${features.size} kept of ${counts.size} (min count ${options.minCount})`);
  counts.clear();

  const F = features.size;
  const weights = new Float32Array(F * T);
  const totals = new Float64Array(F * T);
  let clock = 1;
  const live: NerModel = { version: options.version, tags, features, weights, clusters: options.clusters, gazetteer: options.gazetteer, direction: options.direction, meta: options.meta ?? {} };
  const state = decoderState(live);
  const buffer = new Int32Array(MAX_FEATURES_PER_TOKEN);
  const scores = new Float64Array(T);
  const order = [...docs];
  const random = seededRandom(options.seed);

  const averaged = (): NerModel => {
    const avg = new Float32Array(F * T);
    for (let k = 0; k < avg.length; k++) avg[k] = weights[k]! - totals[k]! / clock;
    return { ...live, weights: avg, meta: { ...live.meta } };
  };

  let model = live;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let tokens = 0;
    let errors = 0;
    for (const doc of order) {
      const memory = new DocumentMemory();
      for (const s of doc) {
        const prepared = state.ids.prepare(s.words, options.gazetteer ? (s.gazetteer ?? null) : null);
        let prev = T;
        let prevTag = 0; // tag indices; 0 = O
        let prev2Tag = 0;
        for (let i = 0; i < s.words.length; i++) {
          const word = s.words[i]!;
          const n = state.ids.collect(prepared, i, prevTag, prev2Tag, memory.lastType(word), buffer, memory.seenTypes(word));
          scoreInto(weights, T, buffer, n, scores);
          const guess = bestAllowed(scores, state.mask, prev, T);
          const goldTag = s.tags[i];
          let gold = goldTag === null || goldTag === undefined ? -1 : (tagIndex.get(goldTag) ?? 0);
          // After a wrong history, an `I-X` gold tag may be unreachable; the best reachable answer is
          // then `B-X` (the chunk conlleval would read). Updating toward the unreachable tag only
          // teaches the model to distrust the right type.
          if (gold >= 0 && !state.mask[prev * T + gold]) gold = tagIndex.get(`B-${tags[gold]!.slice(2)}`) ?? gold;
          if (gold >= 0) {
            tokens++;
            if (gold !== guess) {
              errors++;
              for (let j = 0; j < n; j++) {
                const base = buffer[j]! * T;
                weights[base + gold]! += 1;
                totals[base + gold]! += clock;
                weights[base + guess]! -= 1;
                totals[base + guess]! -= clock;
              }
            }
          }
          clock++;
          const tag = tags[guess]!;
          const type = typeOfTag(tag);
          if (type !== undefined && isMemorable(word)) memory.remember(word, type);
          prev2Tag = prevTag;
          prevTag = guess;
          prev = guess;
        }
      }
    }
    log(`epoch ${epoch}: ${errors} errors on ${tokens} tokens (${((100 * errors) / Math.max(1, tokens)).toFixed(2)} %)`);
    model = averaged();
    options.onEpoch?.(epoch, model);
  }
  return model;
}
