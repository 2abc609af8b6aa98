/**
 * Sentence features for the event classifier: stems, stem bigrams and the CAMEO cue verbs the
 * sentence contains (root, level-1 code, PLOVER category of each cue, and whether it is negated).
 * The training script and the run-time extractor call exactly this, so both see the same features.
 */
import { CORE_CUES } from './data/core-cues.ts';
import { NEGATORS } from './data/function-words.ts';
import type { CameoInfo } from './model.ts';
import { stem } from './stem.ts';
import { WordTable } from '../../text/word-table.ts';

/** stem → PLOVER categories whose core cue it is (`strik` → PROTEST and ASSAULT). */
const CORE_BY_STEM: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [category, words] of Object.entries(CORE_CUES)) {
    for (const word of words) {
      const key = word.split(' ').map(stem).join('_');
      const list = map.get(key) ?? [];
      if (!list.includes(category)) list.push(category);
      map.set(key, list);
    }
  }
  return map;
})();

const NO_CATEGORIES: readonly string[] = [];

/** First words of two-word keys: only these make a pair lookup worth its string (the hot path). */
function headsOf(keys: Iterable<string>): Set<string> {
  const heads = new Set<string>();
  for (const key of keys) {
    const cut = key.indexOf('_');
    if (cut > 0) heads.add(key.slice(0, cut));
  }
  return heads;
}
const CORE_HEADS = headsOf(CORE_BY_STEM.keys());

/** Categories of the one-word core cue `stem` (undefined when it is none). */
export const coreCuesOf = (stem: string): readonly string[] | undefined => CORE_BY_STEM.get(stem);
/** Every key of the core cues (one-word, and `first_second` for two-word ones). */
export const coreCueKeys = (): IterableIterator<string> => CORE_BY_STEM.keys();

/**
 * Two-word keys by their first word: `first` → second word → value, so `pairsByHead(keys).get(a)?.get(b)`
 * is `map.get(`${a}_${b}`)` for every `a` that `headsOf` lists (a head holds no `_`: the key splits at its first one).
 * The run-time path (row-index.ts, fast-score.ts) looks pairs up this way, without building the joined string.
 */
export function pairsByHead<V>(map: ReadonlyMap<string, V>): Map<string, Map<string, V>> {
  const byHead = new Map<string, Map<string, V>>();
  for (const [key, value] of map) {
    const cut = key.indexOf('_');
    if (cut <= 0) continue;
    const head = key.slice(0, cut);
    let seconds = byHead.get(head);
    if (seconds === undefined) byHead.set(head, (seconds = new Map()));
    seconds.set(key.slice(cut + 1), value);
  }
  return byHead;
}

/** `pairsByHead` of the core cues. */
export const CORE_PAIRS: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = pairsByHead(CORE_BY_STEM);
const cueHeads = new WeakMap<ReadonlyMap<string, string>, Set<string>>();

function headsFor(cues: ReadonlyMap<string, string>): Set<string> {
  let heads = cueHeads.get(cues);
  if (heads === undefined) cueHeads.set(cues, (heads = headsOf(cues.keys())));
  return heads;
}

/** Core cue at `index`: a two-word cue (`air strike`) before a one-word one; length 0 when none. */
export function coreCueAt(stems: readonly string[], index: number): { readonly categories: readonly string[]; readonly length: number } {
  const next = stems[index + 1];
  const pair = next === undefined || !CORE_HEADS.has(stems[index]!) ? undefined : CORE_BY_STEM.get(`${stems[index]}_${next}`);
  if (pair !== undefined) return { categories: pair, length: 2 };
  const single = CORE_BY_STEM.get(stems[index]!);
  return single === undefined ? { categories: NO_CATEGORIES, length: 0 } : { categories: single, length: 1 };
}

export interface CoreMatch {
  readonly index: number;
  readonly length: number;
  readonly categories: readonly string[];
}

/** Every core cue of the sentence, in order. */
export function findCoreCues(stems: readonly string[]): CoreMatch[] {
  const found: CoreMatch[] = [];
  for (let i = 0; i < stems.length; i++) {
    const match = coreCueAt(stems, i);
    if (match.length > 0) found.push({ index: i, ...match });
  }
  return found;
}

export interface CueMatch {
  /** Index of the first word of the cue in the word list. */
  readonly index: number;
  /** 1 or 2 words. */
  readonly length: number;
  /** CAMEO code of the cue (`190`, `1951`). */
  readonly code: string;
}

export const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Words in the first 40 % of a sentence (at least 6) also count as `e:` features: news sentences
 * put the main happening first ("X attacked Y, …, officials said"); tuned by cross-validation on
 * PLV train folds 1–4 (+3 points over none; 30 % and 50 % were no better).
 */
export const EARLY_SHARE = 0.4;

const NUMBER = /^\d[\d.,:/]*$/;
/** Word → its stem as `stemWords` gives it; words recur, so each is classified once (bounded like stem's memo; word-table.ts for why not a Map). */
// sized like the stem memo: it meets every token, and a doubling while the process is young rehashes in unoptimised code
const tokenStems = new WordTable<string>(200_000, 1 << 17);

function stemToken(word: string): string {
  let known = tokenStems.get(word);
  if (known === undefined) tokenStems.add(word, (known = stemOfToken(word)));
  return known;
}

/** A word's stem as `stemWords` gives it, not remembered here (for a caller that keeps its own table). */
export function stemOfToken(word: string): string {
  return NUMBER.test(word) ? '#' : WORDLIKE.test(word) ? stem(word) : word;
}

/** Stems of the words (punctuation stays as itself; numbers become `#`). */
export function stemWords(words: readonly string[]): string[] {
  return words.map(stemToken);
}

/** Cue verbs/nouns of the lexicon found in the stems; a two-word cue wins over its first word. */
export function findCues(stems: readonly string[], cues: ReadonlyMap<string, string>): CueMatch[] {
  const found: CueMatch[] = [];
  for (let i = 0; i < stems.length; i++) i = cueAt(stems, i, cues, found);
  return found;
}

/** Pushes the cue starting at word `i` (if any) onto `found`; returns the index of the cue's last word (`i` when none). */
export function cueAt(stems: readonly string[], i: number, cues: ReadonlyMap<string, string>, found: CueMatch[]): number {
  const next = stems[i + 1];
  const pair = next === undefined || !headsFor(cues).has(stems[i]!) ? undefined : cues.get(`${stems[i]}_${next}`);
  if (pair !== undefined) {
    found.push({ index: i, length: 2, code: pair });
    return i + 1;
  }
  const single = cues.get(stems[i]!);
  if (single !== undefined) found.push({ index: i, length: 1, code: single });
  return i;
}

export function isNegatedStem(stems: readonly string[], index: number): boolean {
  for (let j = Math.max(0, index - 3); j < index; j++) if (NEGATORS.has(stems[j]!)) return true;
  return false;
}

export function sentenceFeatures(
  stems: readonly string[],
  cueMatches: readonly CueMatch[],
  coreMatches: readonly CoreMatch[],
  cameo: ReadonlyMap<string, CameoInfo>,
): string[] {
  const features = new Set<string>(['b']);
  let previous = '<s>';
  const early = Math.max(6, Math.ceil(stems.length * EARLY_SHARE));
  for (const [i, s] of stems.entries()) {
    if (!WORDLIKE.test(s) && s !== '#') continue;
    features.add(`w:${s}`);
    if (i < early) features.add(`e:${s}`);
    features.add(`bg:${previous}_${s}`);
    previous = s;
  }
  for (const cue of cueMatches) {
    const root = cue.code.slice(0, 2);
    const plover = cameo.get(cue.code)?.plover ?? cameo.get(cue.code.slice(0, 3))?.plover ?? cameo.get(root)?.plover ?? 'NONE';
    features.add(`cue:${root}`);
    features.add(`cuec:${cue.code.slice(0, 3)}`);
    features.add(`cuep:${plover}`);
    if (isNegatedStem(stems, cue.index)) features.add(`neg:${plover}`);
  }
  if (cueMatches.length === 0) features.add('nocue');
  coreMatches.forEach((core, n) => {
    for (const category of core.categories) {
      features.add(`key:${category}`);
      if (n === 0) features.add(`key1:${category}`);
      if (isNegatedStem(stems, core.index)) features.add(`keyneg:${category}`);
    }
  });
  return [...features];
}
