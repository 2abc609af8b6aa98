/**
 * The run-time analysis of a clause: stems, lexicon cues, core cues and the classifier's class
 * scores straight from the words, without building the feature strings. The same features as
 * `sentenceFeatures` (features.ts; the training script uses that one), each counted once and added
 * in the same order (so the float sums are bit-identical), but each word is looked up once (its
 * stem, its vocab number, whether a cue may start at it), word, early-word and bigram rows are found
 * through numbered stems, cue and core-cue rows through tables built once per model: the hot path
 * makes no feature strings and runs no regex for a word it has seen. Equality with
 * `scoreFeatures(sentenceFeatures(…))`, `findCues` and `findCoreCues` is a unit test (fast-score.test.ts). */
import type { CoreMatch, CueMatch } from './features.ts';
import { coreCueAt, cueAt, EARLY_SHARE, isNegatedStem, mayStartCoreCue, mayStartCue, stemOfToken, WORDLIKE } from './features.ts';
import type { CameoInfo, EventModel } from './model.ts';

/** A stem that is neither a word nor a number (`,`, `"`): no feature, and not a break in the bigram chain. */
const NOT_A_WORD = -2;
/** A word that no word, early-word or bigram feature mentions: it breaks the bigram chain. */
const UNKNOWN_WORD = -1;
/** Words looked up once each; cleared when it grows large, so memory stays bounded. */
const WORD_LIMIT = 200_000;

/**
 * Rows by number, stems by number: a word costs one lookup (its stem's number, or "not a word",
 * or "unknown"); a word's word and early-word rows sit side by side; a bigram is one integer-keyed lookup; a
 * row is stored sparse (most rows weigh 3 of 16 classes), so adding it touches only its weights;
 * "each feature once" is a stamp per row (no hashing of rows per sentence).
 */
interface RowIndex {
  /** Row `id` is the (class, weight) pairs `entries[2·start[id] … 2·start[id + 1])`, side by side so adding a row reads one place. */
  readonly start: Int32Array;
  readonly entries: Float32Array;
  readonly width: number;
  readonly ids: Map<string, number>;
  /** Stems that occur in a word, early-word or bigram feature (and `<s>`). */
  readonly vocab: Map<string, number>;
  /** Every word seen so far → its stem and what the model and the lexicons make of it. */
  readonly words: Map<string, WordInfo>;
  /** Vocab number `n` → its word row at `2n` and its early-word row at `2n + 1` (−1 when none), side by side for the same reason. */
  readonly wordRows: Int32Array;
  /** `first * vocab.size + second` → row. */
  readonly bigram: Map<number, number>;
  /** CAMEO code of a cue → its rows `cue:`, `cuec:`, `cuep:`, `neg:` (−1 when the model has none). */
  readonly cueRows: Map<string, Int32Array>;
  /** PLOVER category of a core cue → its rows `key:`, `key1:`, `keyneg:`. */
  readonly coreRows: Map<string, Int32Array>;
  readonly bias: number;
  readonly noCue: number;
  readonly stamps: Uint32Array;
  epoch: number;
}

/** One word as the model and the cue lexicons see it, so a sentence costs one lookup per word. */
interface WordInfo {
  /** As `stemWords` gives it. */
  readonly stem: string;
  /** Vocab number, `UNKNOWN_WORD` or `NOT_A_WORD`. */
  readonly id: number;
  /** A cue of the model's lexicon, or a core cue, may start at this word. */
  readonly cue: boolean;
  readonly core: boolean;
}

const indexes = new WeakMap<EventModel, RowIndex>();

function indexOf(model: EventModel): RowIndex {
  const known = indexes.get(model);
  if (known !== undefined) return known;
  const width = model.classes.length;
  const features = [...model.weights.keys()];
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
  const start = new Int32Array(features.length + 1);
  const entries: number[] = [];
  features.forEach((feature, row) => {
    const dense = model.weights.get(feature)!;
    start[row] = entries.length / 2;
    // a zero adds nothing to a sum: leaving it out keeps every class's sum the same
    for (let c = 0; c < width; c++) if (dense[c] !== 0) entries.push(c, dense[c]!);
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
  start[features.length] = entries.length / 2;
  for (const [first, second] of pairs) (stemId(first), stemId(second));
  const size = vocab.size;
  const wordRows = new Int32Array(2 * size).fill(-1);
  for (const [id, row] of words) wordRows[2 * id] = row;
  for (const [id, row] of earlies) wordRows[2 * id + 1] = row;
  const bigram = new Map<number, number>();
  for (const [first, second, row] of pairs) bigram.set(vocab.get(first)! * size + vocab.get(second)!, row);
  const index: RowIndex = {
    start, entries: Float32Array.from(entries), width, ids, vocab, words: new Map(), wordRows, bigram,
    cueRows: new Map(), coreRows: new Map(), bias: ids.get('b') ?? -1, noCue: ids.get('nocue') ?? -1,
    stamps: new Uint32Array(features.length), epoch: 0,
  };
  indexes.set(model, index);
  return index;
}

function wordInfo(index: RowIndex, model: EventModel, word: string): WordInfo {
  let info = index.words.get(word);
  if (info === undefined) {
    if (index.words.size >= WORD_LIMIT) index.words.clear();
    const stem = stemOfToken(word);
    const id = stem !== '#' && !WORDLIKE.test(stem) ? NOT_A_WORD : index.vocab.get(stem) ?? UNKNOWN_WORD;
    index.words.set(word, (info = { stem, id, cue: mayStartCue(stem, model.cues), core: mayStartCoreCue(stem) }));
  }
  return info;
}

const rowsOf = (index: RowIndex, names: readonly string[]): Int32Array => Int32Array.from(names, (name) => index.ids.get(name) ?? -1);

function cueRowsOf(index: RowIndex, code: string, cameo: ReadonlyMap<string, CameoInfo>): Int32Array {
  let rows = index.cueRows.get(code);
  if (rows === undefined) {
    const root = code.slice(0, 2);
    const plover = cameo.get(code)?.plover ?? cameo.get(code.slice(0, 3))?.plover ?? cameo.get(root)?.plover ?? 'NONE';
    index.cueRows.set(code, (rows = rowsOf(index, [`cue:${root}`, `cuec:${code.slice(0, 3)}`, `cuep:${plover}`, `neg:${plover}`])));
  }
  return rows;
}

function coreRowsOf(index: RowIndex, category: string): Int32Array {
  let rows = index.coreRows.get(category);
  if (rows === undefined) index.coreRows.set(category, (rows = rowsOf(index, [`key:${category}`, `key1:${category}`, `keyneg:${category}`])));
  return rows;
}

/** Adds row `id` to `sums` unless this sentence (`epoch`) counted it already. */
function addRow(index: RowIndex, sums: Float32Array, epoch: number, id: number | undefined): void {
  if (id === undefined || id < 0 || index.stamps[id] === epoch) return;
  index.stamps[id] = epoch;
  const { start, entries } = index;
  for (let k = 2 * start[id]!, end = 2 * start[id + 1]!; k < end; k += 2) sums[entries[k]!]! += entries[k + 1]!;
}

/** What the stage needs of a sentence's words: stems (as `stemWords`), cues (as `findCues` with the model's lexicon), core cues (as `findCoreCues`) and class scores. */
export interface WordAnalysis {
  readonly stems: readonly string[];
  readonly cues: readonly CueMatch[];
  readonly cores: readonly CoreMatch[];
  readonly scores: Float32Array;
}

/** Stems, cues, core cues and class scores with one lookup per word (the run-time path; the same results as the feature-string path, tested). */
export function analyseWordsFast(model: EventModel, words: readonly string[]): WordAnalysis {
  const index = indexOf(model);
  const stems = new Array<string>(words.length);
  const ids = new Int32Array(words.length);
  const infos = new Array<WordInfo>(words.length);
  for (let i = 0; i < words.length; i++) {
    const info = (infos[i] = wordInfo(index, model, words[i]!));
    stems[i] = info.stem;
    ids[i] = info.id;
  }
  const cues: CueMatch[] = [];
  const cores: CoreMatch[] = [];
  let cueEnd = -1; // a two-word cue hides a cue starting at its second word (as in findCues); core cues may overlap
  for (let i = 0; i < words.length; i++) {
    const info = infos[i]!;
    if (info.cue && i > cueEnd) cueEnd = cueAt(stems, i, model.cues, cues);
    if (info.core) {
      const match = coreCueAt(stems, i);
      if (match.length > 0) cores.push({ index: i, ...match });
    }
  }
  return { stems, cues, cores, scores: scoreIds(index, ids, stems, cues, cores, model.cameo) };
}

function scoreIds(index: RowIndex, ids: Int32Array, stems: readonly string[], cueMatches: readonly CueMatch[], coreMatches: readonly CoreMatch[], cameo: ReadonlyMap<string, CameoInfo>): Float32Array {
  const { width, stamps } = index;
  const sums = new Float32Array(width);
  // a new epoch per sentence: a row stamped with it was counted already (wraps after 2^32 sentences: reset)
  if (++index.epoch === 0xffffffff) (stamps.fill(0), (index.epoch = 1));
  const epoch = index.epoch;
  addRow(index, sums, epoch, index.bias);
  const { vocab, wordRows, bigram } = index;
  const size = vocab.size;
  let previous = 0; // `<s>`; -1 once the previous word is one no feature mentions
  const early = Math.max(6, Math.ceil(ids.length * EARLY_SHARE));
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id === NOT_A_WORD) continue;
    if (id === UNKNOWN_WORD) {
      previous = -1;
      continue;
    }
    addRow(index, sums, epoch, wordRows[2 * id]);
    if (i < early) addRow(index, sums, epoch, wordRows[2 * id + 1]);
    if (previous >= 0) addRow(index, sums, epoch, bigram.get(previous * size + id));
    previous = id;
  }
  for (const cue of cueMatches) {
    const rows = cueRowsOf(index, cue.code, cameo);
    addRow(index, sums, epoch, rows[0]);
    addRow(index, sums, epoch, rows[1]);
    addRow(index, sums, epoch, rows[2]);
    if (isNegatedStem(stems, cue.index)) addRow(index, sums, epoch, rows[3]);
  }
  if (cueMatches.length === 0) addRow(index, sums, epoch, index.noCue);
  for (let n = 0; n < coreMatches.length; n++) {
    const core = coreMatches[n]!;
    const negated = isNegatedStem(stems, core.index);
    for (const category of core.categories) {
      const rows = coreRowsOf(index, category);
      addRow(index, sums, epoch, rows[0]);
      if (n === 0) addRow(index, sums, epoch, rows[1]);
      if (negated) addRow(index, sums, epoch, rows[2]);
    }
  }
  return sums;
}
