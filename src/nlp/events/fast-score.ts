/**
 * The classifier's class scores straight from the stems, without building the feature strings:
 * the same features as `sentenceFeatures` (features.ts; the training script uses that one), each
 * counted once, but word, early-word and bigram rows are found through maps keyed by stem, so the
 * hot path makes no `w:`/`e:`/`bg:` strings. Equality with `scoreFeatures(sentenceFeatures(…))` is
 * a unit test (parts.test.ts).
 */
import type { CoreMatch, CueMatch } from './features.ts';
import { EARLY_SHARE, isNegatedStem, WORDLIKE } from './features.ts';
import type { CameoInfo, EventModel } from './model.ts';

/**
 * Rows by number, stems by number: a stem that no feature mentions costs one lookup; word and
 * early-word rows are array slots; a bigram is one integer-keyed lookup; "each feature once" is a
 * stamp per row (no hashing of rows per sentence).
 */
interface RowIndex {
  /** All rows one after another: row `id` is `flat[id * width … (id + 1) * width)`. */
  readonly flat: Float32Array;
  readonly width: number;
  readonly ids: Map<string, number>;
  /** Stems that occur in a word, early-word or bigram feature (and `<s>`). */
  readonly vocab: Map<string, number>;
  readonly word: Int32Array;
  readonly early: Int32Array;
  /** `first * vocab.size + second` → row. */
  readonly bigram: Map<number, number>;
  readonly stamps: Uint32Array;
  epoch: number;
}

const indexes = new WeakMap<EventModel, RowIndex>();

function indexOf(model: EventModel): RowIndex {
  const known = indexes.get(model);
  if (known !== undefined) return known;
  const width = model.classes.length;
  const features = [...model.weights.keys()];
  const flat = new Float32Array(features.length * width);
  const ids = new Map<string, number>();
  const vocab = new Map<string, number>([['<s>', 0]]);
  const stemId = (stem: string): number => {
    let id = vocab.get(stem);
    if (id === undefined) vocab.set(stem, (id = vocab.size));
    return id;
  };
  const pairs: [string, string, number][] = [];
  const words: [number, number][] = [];
  const earlies: [number, number][] = [];
  features.forEach((feature, row) => {
    flat.set(model.weights.get(feature)!, row * width);
    ids.set(feature, row);
    if (feature.startsWith('w:')) words.push([stemId(feature.slice(2)), row]);
    else if (feature.startsWith('e:')) earlies.push([stemId(feature.slice(2)), row]);
    else if (feature.startsWith('bg:')) {
      // `bg:<previous>_<stem>`: stems hold no `_` but a bare `_` token can; split at the first `_` after position 0
      const body = feature.slice(3);
      const cut = body.indexOf('_', 1);
      if (cut > 0) pairs.push([body.slice(0, cut), body.slice(cut + 1), row]);
    }
  });
  for (const [first, second] of pairs) (stemId(first), stemId(second));
  const size = vocab.size;
  const word = new Int32Array(size).fill(-1);
  const early = new Int32Array(size).fill(-1);
  for (const [id, row] of words) word[id] = row;
  for (const [id, row] of earlies) early[id] = row;
  const bigram = new Map<number, number>();
  for (const [first, second, row] of pairs) bigram.set(vocab.get(first)! * size + vocab.get(second)!, row);
  const index: RowIndex = { flat, width, ids, vocab, word, early, bigram, stamps: new Uint32Array(features.length), epoch: 0 };
  indexes.set(model, index);
  return index;
}

/** Adds row `id` to `sums` unless this sentence (`epoch`) counted it already. */
function addRow(index: RowIndex, sums: Float32Array, epoch: number, id: number | undefined): void {
  if (id === undefined || id < 0 || index.stamps[id] === epoch) return;
  index.stamps[id] = epoch;
  const { flat, width } = index;
  const base = id * width;
  for (let c = 0; c < width; c++) sums[c]! += flat[base + c]!;
}

export function scoreStems(model: EventModel, stems: readonly string[], cueMatches: readonly CueMatch[], coreMatches: readonly CoreMatch[], cameo: ReadonlyMap<string, CameoInfo>): Float32Array {
  const index = indexOf(model);
  const { width, stamps } = index;
  const sums = new Float32Array(width);
  // a new epoch per sentence: a row stamped with it was counted already (wraps after 2^32 sentences: reset)
  if (++index.epoch === 0xffffffff) (stamps.fill(0), (index.epoch = 1));
  const epoch = index.epoch;
  const feature = (name: string): void => addRow(index, sums, epoch, index.ids.get(name));
  feature('b');
  const { vocab, word, early: earlyRow, bigram } = index;
  const size = vocab.size;
  let previous = 0; // `<s>`; -1 once the previous word is one no feature mentions
  const early = Math.max(6, Math.ceil(stems.length * EARLY_SHARE));
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    if (s !== '#' && !WORDLIKE.test(s)) continue;
    const id = vocab.get(s);
    if (id === undefined) {
      previous = -1;
      continue;
    }
    addRow(index, sums, epoch, word[id]);
    if (i < early) addRow(index, sums, epoch, earlyRow[id]);
    if (previous >= 0) addRow(index, sums, epoch, bigram.get(previous * size + id));
    previous = id;
  }
  for (const cue of cueMatches) {
    const root = cue.code.slice(0, 2);
    const plover = cameo.get(cue.code)?.plover ?? cameo.get(cue.code.slice(0, 3))?.plover ?? cameo.get(root)?.plover ?? 'NONE';
    feature(`cue:${root}`);
    feature(`cuec:${cue.code.slice(0, 3)}`);
    feature(`cuep:${plover}`);
    if (isNegatedStem(stems, cue.index)) feature(`neg:${plover}`);
  }
  if (cueMatches.length === 0) feature('nocue');
  coreMatches.forEach((core, n) => {
    for (const category of core.categories) {
      feature(`key:${category}`);
      if (n === 0) feature(`key1:${category}`);
      if (isNegatedStem(stems, core.index)) feature(`keyneg:${category}`);
    }
  });
  return sums;
}
