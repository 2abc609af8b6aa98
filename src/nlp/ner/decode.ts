/**
 * Greedy decoding in the model's direction: each token takes the best-scoring tag allowed after the
 * previous one (`I-X` only after `B-X`/`I-X`), seeing the two tags before it and the type its word
 * form got earlier in the document. A word that cannot begin a name, after an `O`, is `O` unscored
 * (name-edges.ts).
 */
import { FeatureIds, MAX_FEATURES_PER_TOKEN, type GazetteerLabels, type PreparedWords } from './features.ts';
import { documentLabels, withDocumentLabels } from './document-labels.ts';
import { DocumentMemory } from './memory.ts';
import type { NerModel } from './model.ts';
import { NAME_EDGES_META } from './name-edges.ts';
import { RoleScoreSlabs, roleSums } from './static-scores.ts';
import { OUTSIDE, type TagSpan } from './tags.ts';

/** allowed[prev * T + tag] = 1 when `tag` may follow `prev`; row T is the sentence start. */
export function transitionMask(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const mask = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    const prev = p < T ? tags[p]! : OUTSIDE;
    for (let t = 0; t < T; t++) {
      const tag = tags[t]!;
      mask[p * T + t] = !tag.startsWith('I-') || (prev !== OUTSIDE && prev.slice(2) === tag.slice(2)) ? 1 : 0;
    }
  }
  return mask;
}

/** Type part of a tag (`B-GPE` → `GPE`), undefined for `O`. */
export function typeOfTag(tag: string): string | undefined {
  return tag === OUTSIDE ? undefined : tag.slice(2);
}

/** Scores every tag for one feature list into `scores`. */
export function scoreInto(weights: Float32Array, T: number, ids: Int32Array, n: number, scores: Float64Array): void {
  scores.fill(0);
  for (let j = 0; j < n; j++) {
    const base = ids[j]! * T;
    for (let t = 0; t < T; t++) scores[t]! += weights[base + t]!;
  }
}

export function bestAllowed(scores: Float64Array, mask: Uint8Array, previous: number, T: number): number {
  let best = 0;
  let bestScore = -Infinity;
  const row = previous * T;
  for (let t = 0; t < T; t++) {
    if (mask[row + t] && scores[t]! > bestScore) {
      bestScore = scores[t]!;
      best = t;
    }
  }
  return best;
}

interface DecoderState {
  readonly ids: FeatureIds;
  readonly mask: Uint8Array;
  /** Per tag index: its type (`B-GPE` → `GPE`), undefined for `O`; and whether it begins a chunk (`B-`). */
  readonly typeOf: readonly (string | undefined)[];
  readonly begins: Uint8Array;
  /** Per-word-type role scores for the frozen path (static-scores.ts). */
  readonly slabs: RoleScoreSlabs;
}

const states = new WeakMap<NerModel, DecoderState>();

export function decoderState(model: NerModel): DecoderState {
  let s = states.get(model);
  if (!s) {
    const edges = model.meta[NAME_EDGES_META];
    const nameEdges = Array.isArray(edges) ? new Set(edges.filter((e): e is string => typeof e === 'string')) : undefined;
    s = {
      ids: new FeatureIds(model.features, model.clusters, model.tags, undefined, nameEdges),
      mask: transitionMask(model.tags),
      typeOf: model.tags.map(typeOfTag),
      begins: Uint8Array.from(model.tags, (t) => (t.startsWith('B-') ? 1 : 0)),
      slabs: new RoleScoreSlabs(model.tags.length),
    };
    states.set(model, s);
  }
  return s;
}


/** Scratch space of one decoding run. */
interface Scratch {
  readonly buffer: Int32Array;
  readonly scores: Float64Array;
  /** Tag index per token of the sentence being decoded (grown for a longer sentence). */
  tags: Uint8Array;
}

/**
 * Tags one prepared sentence (frozen weights; see static-scores.ts) into `scratch.tags` (tag indices,
 * in the prepared order); updates the document memory. Each scored token: its word features' role
 * sums plus the rows of its combo and history features, best allowed tag.
 */
export function decodePrepared(model: NerModel, state: DecoderState, sentence: PreparedWords, memory: DocumentMemory, scratch: Scratch): void {
  const T = model.tags.length;
  const weights = model.weights;
  const { buffer, scores } = scratch;
  const n = sentence.words.length;
  if (scratch.tags.length < n) scratch.tags = new Uint8Array(Math.max(n, 2 * scratch.tags.length));
  const out = scratch.tags;
  let prev = T; // sentence start row in the mask
  let prevTag = 0; // index of O
  let prev2Tag = 0;
  for (let i = 0; i < n; i++) {
    const ids = sentence.ids[i + 2]!;
    if (prevTag === 0 && ids.skipAfterO && !sentence.ids[i + 3]!.hyphen) {
      out[i] = 0;
      prev2Tag = 0;
      prev = 0;
      continue;
    }
    const word = sentence.words[i]!;
    let k = state.ids.comboIds(sentence, i, buffer, 0);
    // words that cannot be remembered are never in the memory: skip the two lookups
    k = ids.memorable
      ? state.ids.collectHistory(sentence, i, prevTag, prev2Tag, memory.lastType(word), buffer, k, memory.seenTypes(word))
      : state.ids.collectHistory(sentence, i, prevTag, prev2Tag, undefined, buffer, k, 0);
    roleSums(sentence, i, weights, T, state.slabs, scores);
    for (let j = 0; j < k; j++) {
      const base = buffer[j]! * T;
      for (let t = 0; t < T; t++) scores[t]! += weights[base + t]!;
    }
    const best = bestAllowed(scores, state.mask, prev, T);
    out[i] = best;
    const type = state.typeOf[best];
    if (type !== undefined && ids.memorable) memory.remember(word, type);
    prev2Tag = prevTag;
    prevTag = best;
    prev = best;
  }
}

/**
 * The chunks of `n` decoded tag indices, conlleval-style (a chunk starts at `B-X` or at an `I-X` not
 * continuing an `X`). `reversed`: the tags are of the sentence read backwards (an `rtl` model), and
 * the chunks come out in reading order with reading-order token indices.
 */
function chunksOf(state: DecoderState, tags: Uint8Array, n: number, reversed: boolean): TagSpan[] {
  const chunks: TagSpan[] = [];
  let start = -1;
  let type: string | undefined;
  for (let i = 0; i <= n; i++) {
    const t = i < n ? tags[i]! : 0;
    const tType = state.typeOf[t];
    const continues = tType !== undefined && tType === type && state.begins[t] === 0;
    if (!continues && start >= 0) {
      chunks.push(reversed ? { first: n - i, last: n - 1 - start, type: type! } : { first: start, last: i - 1, type: type! });
      start = -1;
      type = undefined;
    }
    if (tType !== undefined && !continues) {
      start = i;
      type = tType;
    }
  }
  return reversed ? chunks.reverse() : chunks;
}

/** Gazetteer labels of sentence `index` (its words given too, for callers that match them on the spot). */
export type SentenceGazetteer = (words: readonly string[], index: number) => GazetteerLabels;

/** The name chunks of every sentence of one document (sentences in reading order; token indices within each). */
export function decodeDocumentChunks(model: NerModel, sentences: readonly (readonly string[])[], gazetteer: SentenceGazetteer | null): TagSpan[][] {
  const state = decoderState(model);
  const memory = new DocumentMemory();
  const scratch: Scratch = { buffer: new Int32Array(MAX_FEATURES_PER_TOKEN), scores: new Float64Array(model.tags.length), tags: new Uint8Array(256) };
  const rtl = model.direction === 'rtl';
  const docLabels = model.gazetteer && gazetteer && model.meta['document_labels'] === true ? documentLabels(sentences) : undefined;
  return sentences.map((words, s) => {
    const labels = model.gazetteer && gazetteer ? withDocumentLabels(gazetteer(words, s), docLabels?.[s]) : null;
    const prepared = rtl ? state.ids.prepareWords([...words].reverse(), labels ? [...labels].reverse() : null) : state.ids.prepareWords(words, labels);
    decodePrepared(model, state, prepared, memory, scratch);
    return chunksOf(state, scratch.tags, words.length, rtl);
  });
}

/** BIO tags for every sentence of one document (sentences in reading order), for evaluation against tagged data. */
export function decodeDocument(model: NerModel, sentences: readonly (readonly string[])[], gazetteer: SentenceGazetteer | null): string[][] {
  return decodeDocumentChunks(model, sentences, gazetteer).map((chunks, s) => {
    const tags = new Array<string>(sentences[s]!.length).fill(OUTSIDE);
    for (const c of chunks) for (let i = c.first; i <= c.last; i++) tags[i] = `${i === c.first ? 'B' : 'I'}-${c.type}`;
    return tags;
  });
}
