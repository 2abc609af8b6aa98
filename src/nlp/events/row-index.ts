/**
 * The event model's weights laid out for the run-time scorer (fast-score.ts), built once per model:
 * rows by number, stems by number. A word costs one lookup (its stem's number, or "not a word", or
 * "unknown"); a bigram is one integer-keyed probe; a row is stored sparse (most rows weigh 3 of 16
 * classes), so adding it touches only its weights; "each feature once" is a stamp per row (no
 * hashing of rows per sentence). The layout only decides where a row's weights sit, never the order
 * in which rows are added, so the float sums stay those of `scoreFeatures`.
 */
import { NEGATORS } from './data/function-words.ts';
import { CORE_PAIRS, coreCueKeys, coreCuesOf, pairsByHead, stemOfToken, WORDLIKE } from './features.ts';
import type { CameoInfo, EventModel } from './model.ts';
import { WordTable } from '../../text/word-table.ts';

/** A stem that is neither a word nor a number (`,`, `"`): no feature, and not a break in the bigram chain. */
export const NOT_A_WORD = -2;
/** A word that no word, early-word or bigram feature mentions: it breaks the bigram chain. */
export const UNKNOWN_WORD = -1;
/** Words looked up once each; cleared when it grows large, so memory stays bounded. */
const WORD_LIMIT = 200_000;

export interface RowIndex {
  /**
   * Row `r`: its (class, weight) pairs start at pair `meta[2r]` and end where row `r + 1`'s start
   * (`meta[2r + 2]`); `meta[2r + 1]` is the epoch of the sentence that last added it. Start and stamp
   * side by side: adding a row reads one place (a profile of the whole pass had the row reads as the
   * scorer's largest cost, waiting on memory).
   */
  readonly meta: Int32Array;
  /** Pair `k`: class `entryClass[2k]`, weight `entryWeight[2k + 1]` (two views of one buffer, side by side). */
  readonly entryClass: Int32Array;
  readonly entryWeight: Float32Array;
  readonly width: number;
  readonly ids: Map<string, number>;
  /** Stems that occur in a word, early-word or bigram feature (and `<s>`). */
  readonly vocab: Map<string, number>;
  /** Every stem the model or a lexicon knows → its `WordInfo` (shared by every word with that stem). */
  readonly stemInfos: Map<string, WordInfo>;
  /** Every word seen so far → its `WordInfo`. */
  readonly words: WordTable<WordInfo>;
  /** Vocab number `n` → its word row at `2n` and its early-word row at `2n + 1` (−1 when none). */
  readonly wordRows: Int32Array;
  /** `first * vocab.size + second` → bigram row. */
  readonly bigram: BigramTable;
  /** CAMEO code of a cue → its rows `cue:`, `cuec:`, `cuep:`, `neg:` (−1 when the model has none). */
  readonly cueRows: Map<string, Int32Array>;
  /** PLOVER category of a core cue → its rows `key:`, `key1:`, `keyneg:`. */
  readonly coreRows: Map<string, Int32Array>;
  readonly bias: number;
  readonly noCue: number;
  epoch: number;
}

/** One word as the model and the cue lexicons see it, so a sentence costs one lookup per word. */
export interface WordInfo {
  /** As `stemWords` gives it. */
  readonly stem: string;
  /** Vocab number, `UNKNOWN_WORD` or `NOT_A_WORD`. */
  readonly id: number;
  /** CAMEO code of the one-word cue of the model's lexicon this stem is (as `cueAt` finds it). */
  readonly cue: string | undefined;
  /** The two-word cues this stem starts: second stem → code. */
  readonly cuePairs: ReadonlyMap<string, string> | undefined;
  /** Categories of the one-word core cue this stem is (as `coreCueAt` finds it). */
  readonly core: readonly string[] | undefined;
  /** The two-word core cues this stem starts: second stem → categories. */
  readonly corePairs: ReadonlyMap<string, readonly string[]> | undefined;
  /** A negator (`isNegatedStem`). */
  readonly negator: boolean;
}

const indexes = new WeakMap<EventModel, RowIndex>();

export function indexOf(model: EventModel): RowIndex {
  const known = indexes.get(model);
  if (known !== undefined) return known;
  const width = model.classes.length;
  const features = [...model.weights.keys()];
  const vocab = new Map<string, number>([['<s>', 0]]);
  const stemId = (stem: string): number => {
    let id = vocab.get(stem);
    if (id === undefined) vocab.set(stem, (id = vocab.size));
    return id;
  };
  // [vocab number or first stem, feature number] by kind
  const words: [number, number][] = [];
  const earlies: [number, number][] = [];
  const pairs: [string, string, number][] = [];
  features.forEach((feature, f) => {
    if (feature.startsWith('w:')) words.push([stemId(feature.slice(2)), f]);
    else if (feature.startsWith('e:')) earlies.push([stemId(feature.slice(2)), f]);
    else if (feature.startsWith('bg:')) {
      // `bg:<previous>_<stem>`: stems hold no `_` but a bare `_` token can; split at the first `_` after position 0
      const body = feature.slice(3);
      const cut = body.indexOf('_', 1);
      if (cut > 0) pairs.push([body.slice(0, cut), body.slice(cut + 1), f]);
    }
  });
  for (const [first, second] of pairs) (stemId(first), stemId(second));
  const size = vocab.size;
  // the keys must stay integers below 2^31 (Int32Array)
  if (size * size >= 2 ** 31) throw new Error(`event model: ${size} stems are too many for the bigram table`);

  // layout: a stem's word row, its early-word row and the bigram rows ending in it together (a
  // sentence reads them one after the other), then every other row
  const byStem: number[][] = Array.from({ length: size }, () => []);
  for (const [id, f] of words) byStem[id]!.push(f);
  for (const [id, f] of earlies) byStem[id]!.push(f);
  for (const [, second, f] of pairs) byStem[vocab.get(second)!]!.push(f);
  const order: number[] = byStem.flat();
  const rowOf = new Int32Array(features.length).fill(-1);
  order.forEach((f, row) => (rowOf[f] = row));
  features.forEach((_, f) => {
    if (rowOf[f] === -1) rowOf[f] = order.push(f) - 1;
  });

  const ids = new Map<string, number>();
  const meta = new Int32Array(2 * (features.length + 1));
  const entries: number[] = [];
  order.forEach((f, row) => {
    const dense = model.weights.get(features[f]!)!;
    meta[2 * row] = entries.length / 2;
    // a zero adds nothing to a sum: leaving it out keeps every class's sum the same
    for (let c = 0; c < width; c++) if (dense[c] !== 0) entries.push(c, dense[c]!);
    ids.set(features[f]!, row);
  });
  meta[2 * features.length] = entries.length / 2;
  const buffer = new ArrayBuffer(4 * entries.length);
  const entryClass = new Int32Array(buffer);
  const entryWeight = new Float32Array(buffer);
  for (let k = 0; k < entries.length; k += 2) (entryClass[k] = entries[k]!), (entryWeight[k + 1] = entries[k + 1]!);

  const wordRows = new Int32Array(2 * size).fill(-1);
  for (const [id, f] of words) wordRows[2 * id] = rowOf[f]!;
  for (const [id, f] of earlies) wordRows[2 * id + 1] = rowOf[f]!;
  const bigram = bigramTable(pairs.map(([first, second, f]) => [vocab.get(first)! * size + vocab.get(second)!, rowOf[f]!] as const));
  const index: RowIndex = {
    meta, entryClass, entryWeight, width, ids, vocab, stemInfos: stemInfosOf(model, vocab), words: new WordTable(WORD_LIMIT, 1 << 17), wordRows, bigram,
    cueRows: new Map(), coreRows: new Map(), bias: ids.get('b') ?? -1, noCue: ids.get('nocue') ?? -1, epoch: 0,
  };
  indexes.set(model, index);
  return index;
}

/**
 * A `WordInfo` for every stem that the vocabulary, the cue lexicon or the core cues mention (as a
 * one-word key, the first word of a two-word one, or a negator): any other stem has none of these,
 * so a word never seen before costs its stem and one lookup here, not one per table.
 */
function stemInfosOf(model: EventModel, vocab: ReadonlyMap<string, number>): Map<string, WordInfo> {
  const cuePairs = pairsByHead(model.cues);
  const infos = new Map<string, WordInfo>();
  for (const keys of [vocab.keys(), model.cues.keys(), cuePairs.keys(), coreCueKeys(), CORE_PAIRS.keys(), NEGATORS.values()]) {
    for (const stem of keys) {
      if (infos.has(stem)) continue;
      const id = stem !== '#' && !WORDLIKE.test(stem) ? NOT_A_WORD : vocab.get(stem) ?? UNKNOWN_WORD;
      infos.set(stem, { stem, id, cue: model.cues.get(stem), cuePairs: cuePairs.get(stem), core: coreCuesOf(stem), corePairs: CORE_PAIRS.get(stem), negator: NEGATORS.has(stem) });
    }
  }
  return infos;
}

export function wordInfo(index: RowIndex, word: string): WordInfo {
  let info = index.words.get(word);
  if (info === undefined) {
    const stem = stemOfToken(word);
    info = index.stemInfos.get(stem) ?? { stem, id: stem !== '#' && !WORDLIKE.test(stem) ? NOT_A_WORD : UNKNOWN_WORD, cue: undefined, cuePairs: undefined, core: undefined, corePairs: undefined, negator: false };
    index.words.add(word, info);
  }
  return info;
}

/**
 * Integer key → row, open addressing (keys ≥ 0, −1 = empty slot, at most a quarter full), key and
 * row side by side in one array. A `Map` lookup of a bigram was 9 % of the events stage's CPU time
 * (profile of 1,000 news-sample articles, events stage alone); about 36 % of the lookups find a row,
 * and a probe here is one array read.
 */
export interface BigramTable {
  /** Slot `s`: key at `2s`, row at `2s + 1`. */
  readonly slots: Int32Array;
  readonly shift: number;
  readonly mask: number;
}

const slotOf = (key: number, shift: number): number => Math.imul(key, 0x9e3779b1) >>> shift;

function bigramTable(pairs: readonly (readonly [number, number])[]): BigramTable {
  let bits = 4;
  while (1 << bits < 4 * pairs.length) bits++;
  const slots = new Int32Array(2 << bits).fill(-1);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (const [key, row] of pairs) {
    let slot = slotOf(key, shift);
    // the last of equal keys wins, as with Map.set
    while (slots[2 * slot] !== -1 && slots[2 * slot] !== key) slot = (slot + 1) & mask;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = row;
  }
  return { slots, shift, mask };
}

export function bigramRow(table: BigramTable, key: number): number {
  const { slots, mask } = table;
  for (let slot = slotOf(key, table.shift); ; slot = (slot + 1) & mask) {
    const found = slots[2 * slot]!;
    if (found === key) return slots[2 * slot + 1]!;
    if (found === -1) return -1;
  }
}

/** Adds row `id` to `sums` unless this sentence (`epoch`) counted it already. */
export function addRow(index: RowIndex, sums: Float32Array, epoch: number, id: number | undefined): void {
  const { meta } = index;
  if (id === undefined || id < 0 || meta[2 * id + 1] === epoch) return;
  meta[2 * id + 1] = epoch;
  const { entryClass, entryWeight } = index;
  for (let k = 2 * meta[2 * id]!, end = 2 * meta[2 * id + 2]!; k < end; k += 2) sums[entryClass[k]!]! += entryWeight[k + 1]!;
}

/** A new epoch per sentence: a row stamped with it was counted already (wraps after 2^31 sentences: reset). */
export function nextEpoch(index: RowIndex): number {
  if (++index.epoch === 0x7fffffff) {
    for (let i = 1; i < index.meta.length; i += 2) index.meta[i] = 0;
    index.epoch = 1;
  }
  return index.epoch;
}

const rowsOf = (index: RowIndex, names: readonly string[]): Int32Array => Int32Array.from(names, (name) => index.ids.get(name) ?? -1);

export function cueRowsOf(index: RowIndex, code: string, cameo: ReadonlyMap<string, CameoInfo>): Int32Array {
  let rows = index.cueRows.get(code);
  if (rows === undefined) {
    const root = code.slice(0, 2);
    const plover = cameo.get(code)?.plover ?? cameo.get(code.slice(0, 3))?.plover ?? cameo.get(root)?.plover ?? 'NONE';
    index.cueRows.set(code, (rows = rowsOf(index, [`cue:${root}`, `cuec:${code.slice(0, 3)}`, `cuep:${plover}`, `neg:${plover}`])));
  }
  return rows;
}

export function coreRowsOf(index: RowIndex, category: string): Int32Array {
  let rows = index.coreRows.get(category);
  if (rows === undefined) index.coreRows.set(category, (rows = rowsOf(index, [`key:${category}`, `key1:${category}`, `keyneg:${category}`])));
  return rows;
}
