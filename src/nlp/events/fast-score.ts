/**
 * The run-time analysis of a clause: stems, lexicon cues, core cues and the classifier's class
 * scores straight from the words, without building the feature strings. The same features as
 * `sentenceFeatures` (features.ts; the training script uses that one), each counted once and added
 * in the same order (so the float sums are bit-identical), but each word is looked up once (its
 * stem, its vocab number, the cues that may start at it), word, early-word and bigram rows are found
 * through numbered stems, cue and core-cue rows through tables built once per model (row-index.ts):
 * the hot path makes no feature strings and runs no regex for a word it has seen. Equality with
 * `scoreFeatures(sentenceFeatures(…))`, `findCues` and `findCoreCues` is a unit test (fast-score.test.ts). */
import type { CoreMatch, CueMatch } from './features.ts';
import { EARLY_SHARE } from './features.ts';
import type { CameoInfo, EventModel } from './model.ts';
import type { RowIndex, WordInfo } from './row-index.ts';
import { addRow, bigramRow, coreRowsOf, cueRowsOf, indexOf, nextEpoch, NOT_A_WORD, UNKNOWN_WORD, wordInfo } from './row-index.ts';

/** What the stage needs of a sentence's words: stems (as `stemWords`), cues (as `findCues` with the model's lexicon), core cues (as `findCoreCues`) and class scores. */
export interface WordAnalysis {
  readonly stems: readonly string[];
  readonly cues: readonly CueMatch[];
  readonly cores: readonly CoreMatch[];
  readonly scores: Float32Array;
}

/**
 * Scratch space for the clause being analysed, reused by every clause (the analysis is synchronous):
 * a typed array allocated per clause was ≈ 2 % of the stage's CPU time (profile, 1,000 articles).
 */
const infos: WordInfo[] = [];
let vocabIds = new Int32Array(64);

/** Stems, cues, core cues and class scores with one lookup per word (the run-time path; the same results as the feature-string path, tested). */
export function analyseWordsFast(model: EventModel, words: readonly string[]): WordAnalysis {
  const index = indexOf(model);
  const n = words.length;
  if (vocabIds.length < n) vocabIds = new Int32Array(2 * n);
  const stems: string[] = [];
  for (let i = 0; i < n; i++) {
    const info = (infos[i] = wordInfo(index, words[i]!));
    stems.push(info.stem);
    vocabIds[i] = info.id;
  }
  const cues: CueMatch[] = [];
  const cores: CoreMatch[] = [];
  // as findCues and findCoreCues: a two-word cue before a one-word one; a two-word cue hides a cue
  // starting at its second word (core cues may overlap)
  let cueEnd = -1;
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    const next = i + 1 < n ? stems[i + 1]! : undefined;
    if (i > cueEnd) {
      const pair = next === undefined ? undefined : info.cuePairs?.get(next);
      if (pair !== undefined) {
        cues.push({ index: i, length: 2, code: pair });
        cueEnd = i + 1;
      } else if (info.cue !== undefined) cues.push({ index: i, length: 1, code: info.cue });
    }
    const corePair = next === undefined ? undefined : info.corePairs?.get(next);
    if (corePair !== undefined) cores.push({ index: i, categories: corePair, length: 2 });
    else if (info.core !== undefined) cores.push({ index: i, categories: info.core, length: 1 });
  }
  return { stems, cues, cores, scores: scoreIds(index, vocabIds, n, cues, cores, model.cameo) };
}

/** `isNegatedStem` over the clause's word infos: a negator within the three words before. */
function isNegatedAt(index: number): boolean {
  for (let j = Math.max(0, index - 3); j < index; j++) if (infos[j]!.negator) return true;
  return false;
}

function scoreIds(index: RowIndex, ids: Int32Array, n: number, cueMatches: readonly CueMatch[], coreMatches: readonly CoreMatch[], cameo: ReadonlyMap<string, CameoInfo>): Float32Array {
  const sums = new Float32Array(index.width);
  const epoch = nextEpoch(index);
  addRow(index, sums, epoch, index.bias);
  const { vocab, wordRows, bigram } = index;
  const size = vocab.size;
  let previous = 0; // `<s>`; -1 once the previous word is one no feature mentions
  const early = Math.max(6, Math.ceil(n * EARLY_SHARE));
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id === NOT_A_WORD) continue;
    if (id === UNKNOWN_WORD) {
      previous = -1;
      continue;
    }
    addRow(index, sums, epoch, wordRows[2 * id]);
    if (i < early) addRow(index, sums, epoch, wordRows[2 * id + 1]);
    if (previous >= 0) addRow(index, sums, epoch, bigramRow(bigram, previous * size + id));
    previous = id;
  }
  for (const cue of cueMatches) {
    const rows = cueRowsOf(index, cue.code, cameo);
    addRow(index, sums, epoch, rows[0]);
    addRow(index, sums, epoch, rows[1]);
    addRow(index, sums, epoch, rows[2]);
    if (isNegatedAt(cue.index)) addRow(index, sums, epoch, rows[3]);
  }
  if (cueMatches.length === 0) addRow(index, sums, epoch, index.noCue);
  for (let m = 0; m < coreMatches.length; m++) {
    const core = coreMatches[m]!;
    const negated = isNegatedAt(core.index);
    for (const category of core.categories) {
      const rows = coreRowsOf(index, category);
      addRow(index, sums, epoch, rows[0]);
      if (m === 0) addRow(index, sums, epoch, rows[1]);
      if (negated) addRow(index, sums, epoch, rows[2]);
    }
  }
  return sums;
}
