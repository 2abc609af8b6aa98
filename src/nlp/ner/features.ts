/**
 * Feature templates of the name tagger (Ratinov & Roth 2009 flavour, greedy left to right):
 *  - the word itself: form, lower case, shape, prefixes and suffixes (1–4), word-cluster bit-string
 *    prefixes (4/6/10/20 bits); for capitalised words whether the cluster vocabulary knows the form
 *    as is or only in lower case; membership in the interjection list;
 *  - context: lower case, shape and cluster (4/6/10/20 bits) of the words at ±1, lower case, shape and
 *    cluster at ±2, lower case and cluster at ±3, the two word bigrams through the token, the word with
 *    each neighbour's shape, the shape trigram, sentence-initial position with the shape;
 *  - gazetteer labels (`B-country`, `I-city`, …) and document labels (`doc:lower`, `doc:inner`) of
 *    the token and its neighbours, when the caller supplies them;
 *  - history: previous tag, previous two tags, previous tag with the word and with the shape;
 *  - non-local: the type this word form last received earlier in the same document, and every type
 *    it received so far (see memory.ts).
 *
 * Two paths share the templates: `featureNames` (strings; used to count features before training)
 * and `FeatureScorer` (integer ids, with a per-word-type cache; the hot path at run time and in
 * training). The per-word-type templates are strings built once per distinct word.
 */
import { INTERJECTIONS } from './interjections.ts';
import { MEMORY_TYPES } from './memory.ts';
import { wordShape } from './shape.ts';

export const SENTENCE_START = '<S>';
export const SENTENCE_END = '</S>';

/** Cluster bit-string prefix lengths used as features. */
const CLUSTER_PREFIXES = [4, 6, 10, 20];

export interface WordTemplates {
  readonly lower: string;
  readonly shape: string;
  /** Features of the word at the position being tagged. */
  readonly self: readonly string[];
  readonly left1: readonly string[];
  readonly right1: readonly string[];
  readonly left2: readonly string[];
  readonly right2: readonly string[];
  readonly left3: readonly string[];
  readonly right3: readonly string[];
}

export function clusterOf(word: string, clusters: ReadonlyMap<string, string>): string | undefined {
  return clusters.get(word) ?? clusters.get(word.toLowerCase()) ?? (word.length > 1 ? clusters.get(word[0]!.toUpperCase() + word.slice(1).toLowerCase()) : undefined);
}

export function wordTemplates(word: string, clusters: ReadonlyMap<string, string>): WordTemplates {
  const lower = word.toLowerCase();
  const shape = word === SENTENCE_START || word === SENTENCE_END ? word : wordShape(word);
  const self = ['bias', `w=${word}`, `l=${lower}`, `s=${shape}`];
  for (let n = 1; n <= 4 && n < lower.length; n++) self.push(`p${n}=${lower.slice(0, n)}`, `x${n}=${lower.slice(-n)}`);
  const cluster = clusterOf(word, clusters);
  // A capitalised form the news sample never shows capitalised (while it knows the lower case) is
  // likely a common word at a sentence start or in a headline; a form it knows as is, a name candidate.
  const c0 = word.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90 && word.length > 1) self.push(clusters.has(word) ? 'k=form' : clusters.has(lower) ? 'k=lower' : 'k=none');
  if (INTERJECTIONS.has(lower)) self.push('interj');
  const suffix = lower.length > 3 ? lower.slice(-3) : lower;
  const left1 = [`l-1=${lower}`, `w-1=${word}`, `s-1=${shape}`, `x3-1=${suffix}`];
  const right1 = [`l+1=${lower}`, `w+1=${word}`, `s+1=${shape}`, `x3+1=${suffix}`];
  if (cluster !== undefined) {
    for (const n of CLUSTER_PREFIXES) if (cluster.length >= n || n === CLUSTER_PREFIXES[0]) self.push(`c${n}=${cluster.slice(0, n)}`);
    left1.push(`c4-1=${cluster.slice(0, 4)}`, `c6-1=${cluster.slice(0, 6)}`, `c10-1=${cluster.slice(0, 10)}`, `c20-1=${cluster.slice(0, 20)}`);
    right1.push(`c4+1=${cluster.slice(0, 4)}`, `c6+1=${cluster.slice(0, 6)}`, `c10+1=${cluster.slice(0, 10)}`, `c20+1=${cluster.slice(0, 20)}`);
  } else {
    self.push('c=none');
  }
  const left2 = [`l-2=${lower}`, `s-2=${shape}`];
  const right2 = [`l+2=${lower}`, `s+2=${shape}`];
  if (cluster !== undefined) {
    left2.push(`c6-2=${cluster.slice(0, 6)}`);
    right2.push(`c6+2=${cluster.slice(0, 6)}`);
  }
  // ±3: a wider window for long names and their cue words ("the ... Association", "... said")
  const left3 = [`l-3=${lower}`];
  const right3 = [`l+3=${lower}`];
  if (cluster !== undefined) {
    left3.push(`c6-3=${cluster.slice(0, 6)}`);
    right3.push(`c6+3=${cluster.slice(0, 6)}`);
  }
  return { lower, shape, self, left1, right1, left2, right2, left3, right3 };
}

/** Gazetteer labels per token (`B-country`, …), or null when the model uses none. */
export type GazetteerLabels = readonly (readonly string[])[] | null;

/** Tag-independent features that combine several positions; built per token. */
export function comboFeatures(t: readonly WordTemplates[], i: number, gazetteer: GazetteerLabels): string[] {
  // t has sentinels: t[0], t[1] = <S>; token i is at t[i + 2]
  const k = i + 2;
  const prev = t[k - 1]!;
  const cur = t[k]!;
  const next = t[k + 1]!;
  const out = [
    `l-1l0=${prev.lower}|${cur.lower}`, `l0l+1=${cur.lower}|${next.lower}`, `s3=${prev.shape}|${cur.shape}|${next.shape}`,
    `s-1l0=${prev.shape}|${cur.lower}`, `l0s+1=${cur.lower}|${next.shape}`,
  ];
  if (i === 0) out.push(`first|s=${cur.shape}`);
  if (gazetteer) {
    for (const g of gazetteer[i] ?? []) out.push(`g=${g}`);
    if (i > 0) for (const g of gazetteer[i - 1] ?? []) out.push(`g-1=${g}`);
    for (const g of gazetteer[i + 1] ?? []) out.push(`g+1=${g}`);
  }
  return out;
}

/** Features that depend on decisions already taken (previous tags, the document's memory). */
export function historyFeatures(cur: WordTemplates, previousTag: string, previous2Tag: string, documentType: string | undefined, seenTypes: readonly string[] = []): string[] {
  const out = [`T1=${previousTag}`, `T2=${previous2Tag}|${previousTag}`, `T1l=${previousTag}|${cur.lower}`, `T1s=${previousTag}|${cur.shape}`];
  if (documentType !== undefined) out.push(`D=${documentType}`, `Ds=${documentType}|${cur.shape}`);
  for (const t of seenTypes) out.push(`Dseen=${t}`);
  return out;
}

/** Words whose earlier tag in the document is remembered: capitalised, not sentence punctuation. */
export function isMemorable(word: string): boolean {
  const c = word.charCodeAt(0);
  // fillers ("Mm", "Uh") are never names: one mistake on them must not spread through the document
  return word.length > 1 && ((c >= 65 && c <= 90) || (c > 127 && word[0]!.toLowerCase() !== word[0])) && !INTERJECTIONS.has(word.toLowerCase());
}

export function templatesOf(words: readonly string[], clusters: ReadonlyMap<string, string>, cache?: Map<string, WordTemplates>): WordTemplates[] {
  const get = (w: string): WordTemplates => {
    let hit = cache?.get(w);
    if (!hit) {
      hit = wordTemplates(w, clusters);
      cache?.set(w, hit);
    }
    return hit;
  };
  const start = get(SENTENCE_START);
  const end = get(SENTENCE_END);
  return [start, start, ...words.map(get), end, end];
}

/** Every feature name of token i (string path, for counting). */
export function featureNames(t: readonly WordTemplates[], i: number, gazetteer: GazetteerLabels, previousTag: string, previous2Tag: string, documentType: string | undefined, seenTypes: readonly string[] = []): string[] {
  const k = i + 2;
  return [
    ...t[k]!.self, ...t[k - 1]!.left1, ...t[k + 1]!.right1, ...t[k - 2]!.left2, ...t[k + 2]!.right2,
    ...(t[k - 3] ?? t[0]!).left3, ...(t[k + 3] ?? t[t.length - 1]!).right3,
    ...comboFeatures(t, i, gazetteer),
    ...historyFeatures(t[k]!, previousTag, previous2Tag, documentType, seenTypes),
  ];
}

interface WordIds {
  /** Lower case and shape (the only template strings kept after resolving, to bound memory). */
  readonly templates: Pick<WordTemplates, 'lower' | 'shape'>;
  readonly self: Int32Array;
  readonly left1: Int32Array;
  readonly right1: Int32Array;
  readonly left2: Int32Array;
  readonly right2: Int32Array;
  readonly left3: Int32Array;
  readonly right3: Int32Array;
  /** `T1l=<tag>|<lower>` and `T1s=<tag>|<shape>` ids per previous tag index (-1 = not in the model). */
  readonly byPrevious: Int32Array;
  /** `Ds=<type>|<shape>` ids per document-memory type index. */
  readonly byDocumentType: Int32Array;
  /** Numbers for the pair caches (unique while the word cache holds the entry). */
  readonly serial: number;
  readonly shapeSerial: number;
  /** Whether the lower-case form occurs in any word-bigram feature. */
  readonly inBigrams: boolean;
}

/** Word types cached (≈ 0.5 KB each); the cache is emptied when full. */
const CACHE_LIMIT = 100_000;
const PAIR_CACHE_LIMIT = 1_000_000;
const NO_LABELS: readonly string[] = [];
const NO_PAIR = { left: -1, right: -1 } as const;

/**
 * Integer-id path over a fixed feature index. Everything that can be is looked up once: each word
 * type's templates (and its history features for every previous tag) in a cache, the tag-only
 * features in small arrays, so a token costs a few Map probes for its bigrams and no string
 * building for its history. Yields exactly the ids of `featureNames` that are in the index.
 */
export class FeatureIds {
  private readonly cache = new Map<string, WordIds>();
  private readonly T: number;
  private readonly t1: Int32Array;
  private readonly t2: Int32Array;
  private readonly types: readonly string[];
  private readonly typeIndex: ReadonlyMap<string, number>;
  private readonly d: Int32Array;
  /** `Dseen=<type>` ids in MEMORY_TYPES bit order. */
  private readonly seen: Int32Array;
  private readonly gazetteerIds = new Map<string, Int32Array>();
  private readonly pairs = new Map<number, { left: number; right: number }>();
  private readonly shapes3 = new Map<number, number>();
  /** Word × neighbour-shape feature ids, keyed by the word's serial, the shape's serial and the side. */
  private readonly shapeWords = new Map<number, number>();
  private readonly shapeSerials = new Map<string, number>();
  private nextSerial = 0;
  /** Lower-case words that occur in some word-bigram feature of the model (others skip the pair lookup). */
  private readonly bigramWords = new Set<string>();

  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly clusters: ReadonlyMap<string, string>,
    private readonly tags: readonly string[],
    private readonly cacheLimit = CACHE_LIMIT,
  ) {
    const T = tags.length;
    this.T = T;
    const id = (name: string): number => index.get(name) ?? -1;
    this.t1 = Int32Array.from(tags, (t) => id(`T1=${t}`));
    this.t2 = new Int32Array(T * T);
    for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) this.t2[a * T + b] = id(`T2=${tags[a]}|${tags[b]}`);
    this.types = [...new Set(tags.filter((t) => t.length > 2).map((t) => t.slice(2)))];
    this.typeIndex = new Map(this.types.map((t, i) => [t, i]));
    this.d = Int32Array.from(this.types, (t) => id(`D=${t}`));
    this.seen = Int32Array.from(MEMORY_TYPES, (t) => id(`Dseen=${t}`));
    for (const name of index.keys()) {
      if (!name.startsWith('l-1l0=') && !name.startsWith('l0l+1=')) continue;
      const bar = name.indexOf('|', 6);
      this.bigramWords.add(name.slice(6, bar));
      this.bigramWords.add(name.slice(bar + 1));
    }
  }

  private resolve(names: readonly string[]): Int32Array {
    const ids: number[] = [];
    for (const n of names) {
      const id = this.index.get(n);
      if (id !== undefined) ids.push(id);
    }
    return Int32Array.from(ids);
  }

  private word(w: string): WordIds {
    let hit = this.cache.get(w);
    if (!hit) {
      const t = wordTemplates(w, this.clusters);
      // plain loops: this runs for every new word type (closures here cost measurably on cold caches)
      const index = this.index;
      const byPrevious = new Int32Array(2 * this.T);
      for (let p = 0; p < this.T; p++) {
        const tag = this.tags[p]!;
        byPrevious[2 * p] = index.get(`T1l=${tag}|${t.lower}`) ?? -1;
        byPrevious[2 * p + 1] = index.get(`T1s=${tag}|${t.shape}`) ?? -1;
      }
      const byDocumentType = new Int32Array(this.types.length);
      for (let d = 0; d < this.types.length; d++) byDocumentType[d] = index.get(`Ds=${this.types[d]!}|${t.shape}`) ?? -1;
      let shapeSerial = this.shapeSerials.get(t.shape);
      if (shapeSerial === undefined) {
        shapeSerial = this.shapeSerials.size;
        if (shapeSerial >= 4095) shapeSerial = 4095; // overflow: such trigrams bypass the cache
        else this.shapeSerials.set(t.shape, shapeSerial);
      }
      hit = {
        templates: { lower: t.lower, shape: t.shape }, self: this.resolve(t.self), left1: this.resolve(t.left1), right1: this.resolve(t.right1),
        left2: this.resolve(t.left2), right2: this.resolve(t.right2), left3: this.resolve(t.left3), right3: this.resolve(t.right3), byPrevious, byDocumentType,
        serial: this.nextSerial++, shapeSerial, inBigrams: this.bigramWords.has(t.lower),
      };
      this.cache.set(w, hit);
    }
    return hit;
  }

  /** Ids of `g=<label>`, `g-1=<label>`, `g+1=<label>` (-1 = not in the model), cached per label. */
  private labelIds(label: string): Int32Array {
    let ids = this.gazetteerIds.get(label);
    if (ids === undefined) {
      ids = Int32Array.of(this.index.get(`g=${label}`) ?? -1, this.index.get(`g-1=${label}`) ?? -1, this.index.get(`g+1=${label}`) ?? -1);
      this.gazetteerIds.set(label, ids);
    }
    return ids;
  }

  /** Per-sentence preparation: word ids with two sentinels each side, and the combo ids per token. */
  prepare(words: readonly string[], gazetteer: GazetteerLabels): PreparedSentence {
    if (this.cache.size >= this.cacheLimit) {
      // Emptied between sentences only, so one sentence never mixes serials of two generations;
      // serials restart with the cache, so the pair cache keyed by them goes too.
      this.cache.clear();
      this.pairs.clear();
      this.shapeWords.clear();
      this.nextSerial = 0;
    }
    const start = this.word(SENTENCE_START);
    const end = this.word(SENTENCE_END);
    const ids = [start, start];
    for (const w of words) ids.push(this.word(w));
    ids.push(end, end);
    const combos: number[] = [];
    const offsets = new Int32Array(words.length + 1);
    for (let i = 0; i < words.length; i++) {
      offsets[i] = combos.length;
      const k = i + 2;
      // same names as comboFeatures(), looked up through numeric pair caches
      const pair = this.pairIds(ids[k - 1]!, ids[k]!);
      if (pair.right >= 0) combos.push(pair.right); // l-1l0 is the right half of the (k-1, k) pair
      const next = this.pairIds(ids[k]!, ids[k + 1]!);
      if (next.left >= 0) combos.push(next.left);
      const shapes = this.shapeTrigram(ids[k - 1]!, ids[k]!, ids[k + 1]!);
      if (shapes >= 0) combos.push(shapes);
      const shapeLeft = this.shapeWord(ids[k - 1]!, ids[k]!, 0);
      if (shapeLeft >= 0) combos.push(shapeLeft);
      const shapeRight = this.shapeWord(ids[k + 1]!, ids[k]!, 1);
      if (shapeRight >= 0) combos.push(shapeRight);
      if (i === 0) {
        const id = this.index.get(`first|s=${ids[k]!.templates.shape}`);
        if (id !== undefined) combos.push(id);
      }
      if (gazetteer) {
        for (const g of gazetteer[i] ?? NO_LABELS) {
          const id = this.labelIds(g)[0]!;
          if (id >= 0) combos.push(id);
        }
        if (i > 0) {
          for (const g of gazetteer[i - 1] ?? NO_LABELS) {
            const id = this.labelIds(g)[1]!;
            if (id >= 0) combos.push(id);
          }
        }
        for (const g of gazetteer[i + 1] ?? NO_LABELS) {
          const id = this.labelIds(g)[2]!;
          if (id >= 0) combos.push(id);
        }
      }
    }
    offsets[words.length] = combos.length;
    return { words, ids, combos: Int32Array.from(combos), offsets };
  }

  /**
   * For a word pair (a, b): `left` = id of `l0l+1=a|b` (the pair seen from a), `right` = id of
   * `l-1l0=a|b` (seen from b); -1 when not in the model. Cached by the words' serial numbers.
   */
  private pairIds(a: WordIds, b: WordIds): { left: number; right: number } {
    if (!a.inBigrams || !b.inBigrams) return NO_PAIR;
    const key = a.serial * 4194304 + b.serial;
    let hit = this.pairs.get(key);
    if (!hit) {
      const pair = `${a.templates.lower}|${b.templates.lower}`;
      hit = { left: this.index.get(`l0l+1=${pair}`) ?? -1, right: this.index.get(`l-1l0=${pair}`) ?? -1 };
      if (this.pairs.size >= PAIR_CACHE_LIMIT) this.pairs.clear();
      this.pairs.set(key, hit);
    }
    return hit;
  }

  /** Id of `s-1l0=<shape of other>|<lower of word>` (side 0) or `l0s+1=<lower of word>|<shape of other>` (side 1). */
  private shapeWord(other: WordIds, word: WordIds, side: 0 | 1): number {
    if (other.shapeSerial === 4095) return this.index.get(shapeWordName(other, word, side)) ?? -1;
    const key = (word.serial * 4096 + other.shapeSerial) * 2 + side;
    let id = this.shapeWords.get(key);
    if (id === undefined) {
      id = this.index.get(shapeWordName(other, word, side)) ?? -1;
      if (this.shapeWords.size >= PAIR_CACHE_LIMIT) this.shapeWords.clear();
      this.shapeWords.set(key, id);
    }
    return id;
  }

  private shapeTrigram(a: WordIds, b: WordIds, c: WordIds): number {
    if (a.shapeSerial === 4095 || b.shapeSerial === 4095 || c.shapeSerial === 4095) {
      return this.index.get(`s3=${a.templates.shape}|${b.templates.shape}|${c.templates.shape}`) ?? -1;
    }
    const key = (a.shapeSerial * 4096 + b.shapeSerial) * 4096 + c.shapeSerial;
    let id = this.shapes3.get(key);
    if (id === undefined) {
      id = this.index.get(`s3=${a.templates.shape}|${b.templates.shape}|${c.templates.shape}`) ?? -1;
      if (this.shapes3.size >= PAIR_CACHE_LIMIT) this.shapes3.clear();
      this.shapes3.set(key, id);
    }
    return id;
  }

  /**
   * Writes the ids of token i's features into `out` (from 0) and returns how many. `previous` and
   * `previous2` are tag indices (0 = `O`, also before the sentence start).
   */
  collect(s: PreparedSentence, i: number, previous: number, previous2: number, documentType: string | undefined, out: Int32Array, seenTypes = 0): number {
    // hot path: plain loops, no closures or allocations
    const k = i + 2;
    const cur = s.ids[k]!;
    const limit = out.length - 6 - MEMORY_TYPES.length;
    let n = 0;
    const ids = s.ids;
    n = copyInto(cur.self, out, n, limit);
    n = copyInto(ids[k - 1]!.left1, out, n, limit);
    n = copyInto(ids[k + 1]!.right1, out, n, limit);
    n = copyInto(ids[k - 2]!.left2, out, n, limit);
    n = copyInto(ids[k + 2]!.right2, out, n, limit);
    n = copyInto((ids[k - 3] ?? ids[0]!).left3, out, n, limit);
    n = copyInto((ids[k + 3] ?? ids[ids.length - 1]!).right3, out, n, limit);
    for (let j = s.offsets[i]!, e = s.offsets[i + 1]!; j < e && n < limit; j++) out[n++] = s.combos[j]!;
    let id = this.t1[previous]!;
    if (id >= 0) out[n++] = id;
    id = this.t2[previous2 * this.T + previous]!;
    if (id >= 0) out[n++] = id;
    id = cur.byPrevious[2 * previous]!;
    if (id >= 0) out[n++] = id;
    id = cur.byPrevious[2 * previous + 1]!;
    if (id >= 0) out[n++] = id;
    if (documentType !== undefined) {
      const d = this.typeIndex.get(documentType);
      if (d !== undefined) {
        id = this.d[d]!;
        if (id >= 0) out[n++] = id;
        id = cur.byDocumentType[d]!;
        if (id >= 0) out[n++] = id;
      }
    }
    for (let b = 0; seenTypes !== 0 && b < this.seen.length; b++) {
      if ((seenTypes & (1 << b)) === 0) continue;
      id = this.seen[b]!;
      if (id >= 0) out[n++] = id;
    }
    return n;
  }
}

function shapeWordName(other: WordIds, word: WordIds, side: 0 | 1): string {
  return side === 0 ? `s-1l0=${other.templates.shape}|${word.templates.lower}` : `l0s+1=${word.templates.lower}|${other.templates.shape}`;
}

/** Appends `from` to `out` at `n` (up to `limit`); returns the new length. */
function copyInto(from: Int32Array, out: Int32Array, n: number, limit: number): number {
  for (let j = 0; j < from.length && n < limit; j++) out[n++] = from[j]!;
  return n;
}

export interface PreparedSentence {
  readonly words: readonly string[];
  readonly ids: readonly WordIds[];
  /** Combo feature ids of all tokens; token i's are `combos[offsets[i] .. offsets[i + 1])`. */
  readonly combos: Int32Array;
  readonly offsets: Int32Array;
}

/** Upper bound on the features of one token (sizes the scratch buffer). */
export const MAX_FEATURES_PER_TOKEN = 256;
