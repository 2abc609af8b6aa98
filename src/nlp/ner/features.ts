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
 * and `FeatureIds` (integer ids, with a per-word-type cache; the hot path at run time and in
 * training). Word-level features come from one source, `visitWordFeatures`, as template + value:
 * the string path joins them, the id path looks the value up without building the name.
 */
import { INTERJECTIONS } from './interjections.ts';
import { MEMORY_TYPES } from './memory.ts';
import { hasNoCapital } from './name-edges.ts';
import { wordShape } from './shape.ts';
import { WordTable } from '../../text/word-table.ts';

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

/**
 * Receives one word-level feature: the position it describes the word in, its template (`w=`,
 * `c6-1=`, or a whole constant name like `bias`) and its value ('' for constants). `w=` + `Tehran`
 * names `w=Tehran`; the split lets the id path look values up without building names, and the
 * visitor form lets it do so without allocating the parts.
 */
export type WordFeatureVisitor = (role: Role, template: string, value: string) => void;

/** Visits every word-level feature of a word type; returns its lower case and shape. */
export function visitWordFeatures(word: string, clusters: ReadonlyMap<string, string>, visit: WordFeatureVisitor): { readonly lower: string; readonly shape: string } {
  const lower = word.toLowerCase();
  const shape = word === SENTENCE_START || word === SENTENCE_END ? word : wordShape(word);
  visit(Role.Self, 'bias', '');
  visit(Role.Self, 'w=', word);
  visit(Role.Self, 'l=', lower);
  visit(Role.Self, 's=', shape);
  for (let n = 1; n <= 4 && n < lower.length; n++) {
    visit(Role.Self, PREFIX_TEMPLATES[n]!, lower.slice(0, n));
    visit(Role.Self, SUFFIX_TEMPLATES[n]!, lower.slice(-n));
  }
  const cluster = clusterOf(word, clusters);
  // A capitalised form the news sample never shows capitalised (while it knows the lower case) is
  // likely a common word at a sentence start or in a headline; a form it knows as is, a name candidate.
  const c0 = word.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90 && word.length > 1) visit(Role.Self, 'k=', clusters.has(word) ? 'form' : clusters.has(lower) ? 'lower' : 'none');
  if (INTERJECTIONS.has(lower)) visit(Role.Self, 'interj', '');
  const suffix = lower.length > 3 ? lower.slice(-3) : lower;
  visit(Role.Left1, 'l-1=', lower);
  visit(Role.Left1, 'w-1=', word);
  visit(Role.Left1, 's-1=', shape);
  visit(Role.Left1, 'x3-1=', suffix);
  visit(Role.Right1, 'l+1=', lower);
  visit(Role.Right1, 'w+1=', word);
  visit(Role.Right1, 's+1=', shape);
  visit(Role.Right1, 'x3+1=', suffix);
  visit(Role.Left2, 'l-2=', lower);
  visit(Role.Left2, 's-2=', shape);
  visit(Role.Right2, 'l+2=', lower);
  visit(Role.Right2, 's+2=', shape);
  // ±3: a wider window for long names and their cue words ("the ... Association", "... said")
  visit(Role.Left3, 'l-3=', lower);
  visit(Role.Right3, 'l+3=', lower);
  if (cluster !== undefined) {
    for (let j = 0; j < CLUSTER_PREFIXES.length; j++) {
      const n = CLUSTER_PREFIXES[j]!;
      const prefix = cluster.slice(0, n);
      if (cluster.length >= n || j === 0) visit(Role.Self, CLUSTER_TEMPLATES[j]!, prefix);
      visit(Role.Left1, CLUSTER_LEFT_TEMPLATES[j]!, prefix);
      visit(Role.Right1, CLUSTER_RIGHT_TEMPLATES[j]!, prefix);
    }
    const c6 = cluster.slice(0, 6);
    visit(Role.Left2, 'c6-2=', c6);
    visit(Role.Right2, 'c6+2=', c6);
    visit(Role.Left3, 'c6-3=', c6);
    visit(Role.Right3, 'c6+3=', c6);
  } else {
    visit(Role.Self, 'c=', 'none');
  }
  return { lower, shape };
}

const PREFIX_TEMPLATES = ['', 'p1=', 'p2=', 'p3=', 'p4='];
const SUFFIX_TEMPLATES = ['', 'x1=', 'x2=', 'x3=', 'x4='];
const CLUSTER_TEMPLATES = CLUSTER_PREFIXES.map((n) => `c${n}=`);
const CLUSTER_LEFT_TEMPLATES = CLUSTER_PREFIXES.map((n) => `c${n}-1=`);
const CLUSTER_RIGHT_TEMPLATES = CLUSTER_PREFIXES.map((n) => `c${n}+1=`);

/** Every template `visitWordFeatures` can emit (the id path indexes only these by value; tested). */
export const WORD_FEATURE_TEMPLATES: readonly string[] = [
  'bias', 'interj', 'w=', 'l=', 's=', 'k=', 'c=', ...PREFIX_TEMPLATES.slice(1), ...SUFFIX_TEMPLATES.slice(1),
  ...CLUSTER_TEMPLATES, ...CLUSTER_LEFT_TEMPLATES, ...CLUSTER_RIGHT_TEMPLATES,
  'l-1=', 'w-1=', 's-1=', 'x3-1=', 'l+1=', 'w+1=', 's+1=', 'x3+1=', 'l-2=', 's-2=', 'c6-2=', 'l+2=', 's+2=', 'c6+2=', 'l-3=', 'c6-3=', 'l+3=', 'c6+3=',
];

/** The word-level features as names (the string path). */
export function wordTemplates(word: string, clusters: ReadonlyMap<string, string>): WordTemplates {
  const roles: string[][] = [[], [], [], [], [], [], []];
  const { lower, shape } = visitWordFeatures(word, clusters, (role, template, value) => roles[role]!.push(template + value));
  const [self, left1, right1, left2, right2, left3, right3] = roles as [string[], string[], string[], string[], string[], string[], string[]];
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

/** Positions a word type can take relative to the token being tagged, in `WordIds.roleIds` order. */
export const Role = { Self: 0, Left1: 1, Right1: 2, Left2: 3, Right2: 4, Left3: 5, Right3: 6 } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLE_COUNT = 7;

/**
 * One word type's feature ids. Kept compact (one typed array, shared rows for the history ids):
 * tens of thousands live in the cache, and many small typed arrays made garbage collection the
 * largest cost of a cold cache.
 */
export interface WordIds {
  /** Lower case and shape (the only template strings kept after resolving, to bound memory). */
  readonly lower: string;
  readonly shape: string;
  /**
   * The ids of every role back to back in a shared slab (see IdSlabs): role r's are
   * `ids[ids[at + r] .. ids[at + r + 1])`, the ROLE_COUNT + 1 bounds first, then the ids.
   */
  readonly ids: Int32Array;
  readonly at: number;
  /** `T1l=<tag>|<lower>` and `T1s=<tag>|<shape>` ids per previous tag index (-1 = not in the model); shared rows. */
  readonly previousWithLower: Int32Array;
  readonly previousWithShape: Int32Array;
  /** `Ds=<type>|<shape>` ids per document-memory type index; a shared row. */
  readonly byDocumentType: Int32Array;
  /** Number of the shape for the shape-trigram cache. */
  readonly shapeSerial: number;
  /** Word-bigram ids with this word on the left, by the right word's lower case (null: none in the model). */
  readonly bigramsToRight: ReadonlyMap<string, PairIds> | null;
  /** `s-1l0=<shape>|<this lower>` ids by the left neighbour's shape; `l0s+1=<this lower>|<shape>` by the right one's. */
  readonly shapeOnLeft: ReadonlyMap<string, number> | null;
  readonly shapeOnRight: ReadonlyMap<string, number> | null;
  /** The lower case or the shape holds `|`, which the grouped maps cannot split: look such names up as strings. */
  readonly hasBar: boolean;
  /** `isMemorable(word)`: only such words ever enter the document memory, so others need not look there. */
  readonly memorable: boolean;
  /** After an `O` this word type is `O` without scoring (no capital, not a known name edge; see name-edges.ts). */
  readonly skipAfterO: boolean;
  /** A hyphen token: the word before it may be the tail of a hyphenated name (`Shui - bian`), so it is scored. */
  readonly hyphen: boolean;
  /** This type's summed weights per role live at `roleScores[roleScoresAt ..]` (see static-scores.ts; run time only). */
  roleScores: Float32Array | null;
  roleScoresAt: number;
}

interface LowerIds {
  /** `T1l=<tag>|<lower>` ids (slot = tag index). */
  previous: Int32Array | null;
  bigrams: Map<string, PairIds> | null;
  shapesOnLeft: Map<string, number> | null;
  shapesOnRight: Map<string, number> | null;
}

interface PairIds {
  readonly left: number;
  readonly right: number;
}

/** Word types cached (≈ 0.5 KB each); the cache is emptied when full. */
/** Ints per id slab: a slab holds the ids of a few thousand word types. */
const ID_SLAB_SIZE = 1 << 18;
const CACHE_LIMIT = 100_000;
const PAIR_CACHE_LIMIT = 1_000_000;
const NO_LABELS: readonly string[] = [];
const NO_PAIR: PairIds = { left: -1, right: -1 };

/**
 * Ids of the features `<prefix><key>|<value>` (e.g. `T1l=B-ORG|said`) grouped by value, one slot per
 * key: a word type then needs one lookup instead of one string built and hashed per key.
 */
function idsByValue(index: ReadonlyMap<string, number>, prefix: string, keys: readonly string[]): Map<string, Int32Array> {
  const slot = new Map(keys.map((k, i) => [k, i]));
  const out = new Map<string, Int32Array>();
  for (const [name, id] of index) {
    if (!name.startsWith(prefix)) continue;
    const bar = name.indexOf('|', prefix.length);
    const k = bar < 0 ? undefined : slot.get(name.slice(prefix.length, bar));
    if (k === undefined) continue;
    const value = name.slice(bar + 1);
    let row = out.get(value);
    if (!row) {
      row = new Int32Array(keys.length).fill(-1);
      out.set(value, row);
    }
    row[k] = id;
  }
  return out;
}

/**
 * Integer-id path over a fixed feature index. Everything that can be is looked up once: each word
 * type's templates (and its history features for every previous tag) in a cache, the tag-only
 * features in small arrays, so a token costs a few Map probes for its bigrams and no string
 * building for its history. Yields exactly the ids of `featureNames` that are in the index.
 */
export class FeatureIds {
  /** Word type → its ids; emptied between sentences when it holds `cacheLimit` types (word-table.ts for why not a Map). */
  private readonly cache: WordTable<WordIds>;
  private readonly T: number;
  private readonly t1: Int32Array;
  private readonly t2: Int32Array;
  private readonly types: readonly string[];
  private readonly typeIndex: ReadonlyMap<string, number>;
  private readonly d: Int32Array;
  /** `Dseen=<type>` ids in MEMORY_TYPES bit order. */
  private readonly seen: Int32Array;
  private readonly gazetteerIds = new Map<string, Int32Array>();
  private readonly shapes3 = new Map<number, number>();
  private readonly shapeSerials = new Map<string, number>();
  /** What the model knows of each lower-case form beyond its word features (one lookup per new word type). */
  private readonly byLower = new Map<string, LowerIds>();
  /**
   * The word-level feature ids by value, then template (the name up to and with its first `=`, or the
   * whole name with value ''). Value first: a word's few distinct values (lower case, form, shape,
   * affixes, cluster prefixes) cost one cold lookup each, however many templates share them.
   * `byValue` maps a value to `start * 64 + count`: its (template number, id) pairs are
   * `valueIds[2 * start ..]` — packed, because a few hundred thousand small objects slow every
   * collection of the heap.
   */
  private readonly byValue = new Map<string, number>();
  private readonly valueIds: Int32Array;
  /** Template → its number in WORD_FEATURE_TEMPLATES. */
  private readonly templateNumber = new Map(WORD_FEATURE_TEMPLATES.map((t, i) => [t, i]));
  /** Scratch for one word type's (role, id) pairs while resolving (reused: no garbage per word). */
  private readonly scratchRoles: number[] = [];
  private readonly scratchIds: number[] = [];
  private readonly roleCounts = new Int32Array(ROLE_COUNT);
  /** The slab new word types' ids go to, and how much of it is used. */
  private idSlab = new Int32Array(ID_SLAB_SIZE);
  private idsUsed = 0;
  private readonly collectId: WordFeatureVisitor = (role, template, value) => {
    const packed = this.byValue.get(value);
    if (packed === undefined) return;
    const t = this.templateNumber.get(template);
    for (let p = 2 * Math.floor(packed / 64), e = p + 2 * (packed % 64); p < e; p += 2) {
      if (this.valueIds[p] === t) {
        this.scratchRoles.push(role);
        this.scratchIds.push(this.valueIds[p + 1]!);
        return;
      }
    }
  };
  /** `T1s=<tag>|<shape>` ids by shape (slot = tag index). */
  private readonly previousByShape: Map<string, Int32Array>;
  /** `Ds=<type>|<shape>` ids by shape (slot = type index). */
  private readonly documentTypeByShape: Map<string, Int32Array>;
  private readonly noPrevious: Int32Array;
  private readonly noDocumentType: Int32Array;

  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly clusters: ReadonlyMap<string, string>,
    tags: readonly string[],
    private readonly cacheLimit = CACHE_LIMIT,
    /** The model's lower-case name edges (name-edges.ts); undefined: no pruning (training, older models). */
    private readonly nameEdges?: ReadonlySet<string>,
  ) {
    const T = tags.length;
    this.T = T;
    // the limit is enforced between sentences (prepareWords), so the table never clears itself mid-sentence
    this.cache = new WordTable<WordIds>(Number.MAX_SAFE_INTEGER, 1 << 17);
    const id = (name: string): number => index.get(name) ?? -1;
    this.t1 = Int32Array.from(tags, (t) => id(`T1=${t}`));
    this.t2 = new Int32Array(T * T);
    for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) this.t2[a * T + b] = id(`T2=${tags[a]}|${tags[b]}`);
    this.types = [...new Set(tags.filter((t) => t.length > 2).map((t) => t.slice(2)))];
    this.typeIndex = new Map(this.types.map((t, i) => [t, i]));
    this.d = Int32Array.from(this.types, (t) => id(`D=${t}`));
    this.seen = Int32Array.from(MEMORY_TYPES, (t) => id(`Dseen=${t}`));
    this.groupPairFeatures();
    this.valueIds = this.packWordFeatures();
    for (const [lower, row] of idsByValue(index, 'T1l=', tags)) this.lowerIds(lower).previous = row;
    this.previousByShape = idsByValue(index, 'T1s=', tags);
    this.documentTypeByShape = idsByValue(index, 'Ds=', this.types);
    this.noPrevious = new Int32Array(T).fill(-1);
    this.noDocumentType = new Int32Array(this.types.length).fill(-1);
  }

  /**
   * Groups the word-pair features by their first word so that a token finds them with one lookup of
   * an already hashed string instead of a name built per pair. Names whose split is ambiguous (a `|`
   * inside a word) are left out; words holding `|` look their names up as strings (`hasBar`).
   */
  private groupPairFeatures(): void {
    const bigrams = (lower: string): Map<string, PairIds> => (this.lowerIds(lower).bigrams ??= new Map());
    const onLeft = (lower: string): Map<string, number> => (this.lowerIds(lower).shapesOnLeft ??= new Map());
    const onRight = (lower: string): Map<string, number> => (this.lowerIds(lower).shapesOnRight ??= new Map());
    for (const [name, id] of this.index) {
      const eq = name.indexOf('=');
      const prefix = name.slice(0, eq + 1);
      if (prefix !== 'l-1l0=' && prefix !== 'l0l+1=' && prefix !== 's-1l0=' && prefix !== 'l0s+1=') continue;
      const bar = name.indexOf('|', eq);
      if (bar < 0 || name.indexOf('|', bar + 1) >= 0) continue;
      const a = name.slice(eq + 1, bar);
      const b = name.slice(bar + 1);
      if (prefix === 'l0l+1=') bigrams(a).set(b, { left: id, right: bigrams(a).get(b)?.right ?? -1 });
      else if (prefix === 'l-1l0=') bigrams(a).set(b, { left: bigrams(a).get(b)?.left ?? -1, right: id });
      else if (prefix === 's-1l0=') onLeft(b).set(a, id);
      else onRight(a).set(b, id);
    }
  }

  private lowerIds(lower: string): LowerIds {
    let entry = this.byLower.get(lower);
    if (!entry) this.byLower.set(lower, (entry = { previous: null, bigrams: null, shapesOnLeft: null, shapesOnRight: null }));
    return entry;
  }

  /** Fills `byValue` and returns the packed (template number, id) pairs (see `byValue`). */
  private packWordFeatures(): Int32Array {
    const lists = new Map<string, number[]>();
    let pairs = 0;
    for (const [name, id] of this.index) {
      const eq = name.indexOf('=');
      const template = this.templateNumber.get(eq < 0 ? name : name.slice(0, eq + 1));
      if (template === undefined) continue;
      const value = eq < 0 ? '' : name.slice(eq + 1);
      const list = lists.get(value);
      if (list) list.push(template, id);
      else lists.set(value, [template, id]);
      pairs++;
    }
    const packed = new Int32Array(2 * pairs);
    let at = 0;
    for (const [value, list] of lists) {
      this.byValue.set(value, (at / 2) * 64 + list.length / 2);
      packed.set(list, at);
      at += list.length;
    }
    return packed;
  }

  /**
   * Writes the ids of a word type's features that the index knows, grouped by role, into the id slab;
   * returns where they start. One slab for many types: a new type adds no typed array (and array
   * buffer) of its own, so the young-generation collections that run while the cache fills have
   * fewer objects to copy and promote.
   */
  private resolveWord(w: string): { readonly lower: string; readonly shape: string; readonly ids: Int32Array; readonly at: number } {
    const roles = this.scratchRoles;
    const found = this.scratchIds;
    roles.length = 0;
    found.length = 0;
    const { lower, shape } = visitWordFeatures(w, this.clusters, this.collectId);
    const size = ROLE_COUNT + 1 + found.length;
    if (this.idsUsed + size > this.idSlab.length) {
      this.idSlab = new Int32Array(Math.max(ID_SLAB_SIZE, size));
      this.idsUsed = 0;
    }
    const ids = this.idSlab;
    const at = this.idsUsed;
    this.idsUsed += size;
    // counting sort by role: ids[at + r] = first slot of role r
    const first = at + ROLE_COUNT + 1;
    const counts = this.roleCounts.fill(0);
    for (let j = 0; j < roles.length; j++) counts[roles[j]!]!++;
    let next = first;
    for (let r = 0; r < ROLE_COUNT; r++) {
      ids[at + r] = next;
      next += counts[r]!;
    }
    ids[at + ROLE_COUNT] = next;
    for (let r = 0; r < ROLE_COUNT; r++) counts[r] = ids[at + r]!;
    for (let j = 0; j < found.length; j++) ids[counts[roles[j]!]!++] = found[j]!;
    return { lower, shape, ids, at };
  }

  private word(w: string): WordIds {
    let hit = this.cache.get(w);
    if (!hit) {
      const t = this.resolveWord(w);
      const known = this.byLower.get(t.lower);
      const byDocumentType = this.documentTypeByShape.get(t.shape) ?? this.noDocumentType;
      let shapeSerial = this.shapeSerials.get(t.shape);
      if (shapeSerial === undefined) {
        shapeSerial = this.shapeSerials.size;
        if (shapeSerial >= 4095) shapeSerial = 4095; // overflow: such trigrams bypass the cache
        else this.shapeSerials.set(t.shape, shapeSerial);
      }
      hit = {
        lower: t.lower, shape: t.shape, ids: t.ids, at: t.at,
        previousWithLower: known?.previous ?? this.noPrevious, previousWithShape: this.previousByShape.get(t.shape) ?? this.noPrevious,
        byDocumentType, shapeSerial, bigramsToRight: known?.bigrams ?? null, shapeOnLeft: known?.shapesOnLeft ?? null,
        shapeOnRight: known?.shapesOnRight ?? null, hasBar: t.lower.includes('|') || t.shape.includes('|'), memorable: isMemorable(w),
        skipAfterO: this.nameEdges !== undefined && hasNoCapital(w, t.lower) && !this.nameEdges.has(w), hyphen: w === '-' || w === '–',
        roleScores: null, roleScoresAt: 0,
      };
      this.cache.add(w, hit);
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

  /** Per-sentence preparation: word ids with two sentinels each side (combo ids come per token from `comboIds`). */
  prepareWords(words: readonly string[], gazetteer: GazetteerLabels): PreparedWords {
    // emptied between sentences only, so one sentence's entries stay alive while it is decoded
    if (this.cache.size >= this.cacheLimit) this.cache.clear();
    const start = this.word(SENTENCE_START);
    const end = this.word(SENTENCE_END);
    const ids = [start, start];
    for (const w of words) ids.push(this.word(w));
    ids.push(end, end);
    return { words, ids, gazetteer };
  }

  /** `prepareWords` plus every token's combo ids up front (training scores each token several times). */
  prepare(words: readonly string[], gazetteer: GazetteerLabels): PreparedSentence {
    const prepared = this.prepareWords(words, gazetteer);
    const buffer = new Int32Array(MAX_FEATURES_PER_TOKEN);
    const combos: number[] = [];
    const offsets = new Int32Array(words.length + 1);
    for (let i = 0; i < words.length; i++) {
      offsets[i] = combos.length;
      const n = this.comboIds(prepared, i, buffer, 0);
      for (let j = 0; j < n; j++) combos.push(buffer[j]!);
    }
    offsets[words.length] = combos.length;
    return { ...prepared, combos: Int32Array.from(combos), offsets };
  }

  /**
   * Writes the ids of token i's combo features (the names of `comboFeatures`, found through maps
   * grouped by word) into `out` from `n`; returns the new length.
   */
  comboIds(s: PreparedWords, i: number, out: Int32Array, n: number): number {
    const ids = s.ids;
    const k = i + 2;
    const before = ids[k - 1]!;
    const word = ids[k]!;
    const after = ids[k + 1]!;
    const right = this.pairIds(before, word).right; // l-1l0
    if (right >= 0) out[n++] = right;
    const left = this.pairIds(word, after).left; // l0l+1
    if (left >= 0) out[n++] = left;
    const shapes = this.shapeTrigram(before, word, after);
    if (shapes >= 0) out[n++] = shapes;
    const shapeLeft = this.shapeWord(before, word, 0);
    if (shapeLeft >= 0) out[n++] = shapeLeft;
    const shapeRight = this.shapeWord(after, word, 1);
    if (shapeRight >= 0) out[n++] = shapeRight;
    if (i === 0) {
      const id = this.index.get(`first|s=${word.shape}`);
      if (id !== undefined) out[n++] = id;
    }
    const gazetteer = s.gazetteer;
    if (gazetteer) {
      for (const g of gazetteer[i] ?? NO_LABELS) {
        const id = this.labelIds(g)[0]!;
        if (id >= 0) out[n++] = id;
      }
      if (i > 0) {
        for (const g of gazetteer[i - 1] ?? NO_LABELS) {
          const id = this.labelIds(g)[1]!;
          if (id >= 0) out[n++] = id;
        }
      }
      for (const g of gazetteer[i + 1] ?? NO_LABELS) {
        const id = this.labelIds(g)[2]!;
        if (id >= 0) out[n++] = id;
      }
    }
    return n;
  }

  /**
   * For a word pair (a, b): `left` = id of `l0l+1=a|b` (the pair seen from a), `right` = id of
   * `l-1l0=a|b` (seen from b); -1 when not in the model. Looked up in the grouped map of the left word.
   */
  private pairIds(a: WordIds, b: WordIds): PairIds {
    if (a.hasBar || b.hasBar) {
      const pair = `${a.lower}|${b.lower}`;
      return { left: this.index.get(`l0l+1=${pair}`) ?? -1, right: this.index.get(`l-1l0=${pair}`) ?? -1 };
    }
    return a.bigramsToRight?.get(b.lower) ?? NO_PAIR;
  }

  /** Id of `s-1l0=<shape of other>|<lower of word>` (side 0) or `l0s+1=<lower of word>|<shape of other>` (side 1). */
  private shapeWord(other: WordIds, word: WordIds, side: 0 | 1): number {
    if (other.hasBar || word.hasBar) return this.index.get(shapeWordName(other, word, side)) ?? -1;
    return (side === 0 ? word.shapeOnLeft : word.shapeOnRight)?.get(other.shape) ?? -1;
  }

  private shapeTrigram(a: WordIds, b: WordIds, c: WordIds): number {
    if (a.shapeSerial === 4095 || b.shapeSerial === 4095 || c.shapeSerial === 4095) {
      return this.index.get(`s3=${a.shape}|${b.shape}|${c.shape}`) ?? -1;
    }
    const key = (a.shapeSerial * 4096 + b.shapeSerial) * 4096 + c.shapeSerial;
    let id = this.shapes3.get(key);
    if (id === undefined) {
      id = this.index.get(`s3=${a.shape}|${b.shape}|${c.shape}`) ?? -1;
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
    // hot path of training: plain loops, no closures or allocations
    const k = i + 2;
    const limit = out.length - 6 - MEMORY_TYPES.length;
    let n = 0;
    const ids = s.ids;
    n = copyRole(ids[k]!, Role.Self, out, n, limit);
    n = copyRole(ids[k - 1]!, Role.Left1, out, n, limit);
    n = copyRole(ids[k + 1]!, Role.Right1, out, n, limit);
    n = copyRole(ids[k - 2]!, Role.Left2, out, n, limit);
    n = copyRole(ids[k + 2]!, Role.Right2, out, n, limit);
    n = copyRole(ids[k - 3] ?? ids[0]!, Role.Left3, out, n, limit);
    n = copyRole(ids[k + 3] ?? ids[ids.length - 1]!, Role.Right3, out, n, limit);
    for (let j = s.offsets[i]!, e = s.offsets[i + 1]!; j < e && n < limit; j++) out[n++] = s.combos[j]!;
    return this.collectHistory(s, i, previous, previous2, documentType, out, n, seenTypes);
  }

  /**
   * Writes the ids of token i's history features (previous tags, document memory) into `out` from
   * `n`; returns the new length. `out` must have room for 6 + MEMORY_TYPES.length more ids.
   */
  collectHistory(s: PreparedWords, i: number, previous: number, previous2: number, documentType: string | undefined, out: Int32Array, n: number, seenTypes = 0): number {
    const cur = s.ids[i + 2]!;
    let id = this.t1[previous]!;
    if (id >= 0) out[n++] = id;
    id = this.t2[previous2 * this.T + previous]!;
    if (id >= 0) out[n++] = id;
    id = cur.previousWithLower[previous]!;
    if (id >= 0) out[n++] = id;
    id = cur.previousWithShape[previous]!;
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
  return side === 0 ? `s-1l0=${other.shape}|${word.lower}` : `l0s+1=${word.lower}|${other.shape}`;
}

/** Appends the word's ids for one role to `out` at `n` (up to `limit`); returns the new length. */
function copyRole(w: WordIds, role: Role, out: Int32Array, n: number, limit: number): number {
  const ids = w.ids;
  for (let j = ids[w.at + role]!, e = ids[w.at + role + 1]!; j < e && n < limit; j++) out[n++] = ids[j]!;
  return n;
}

export interface PreparedWords {
  readonly words: readonly string[];
  /** Word ids with two sentinels each side: token i's are `ids[i + 2]`. */
  readonly ids: readonly WordIds[];
  readonly gazetteer: GazetteerLabels;
}

export interface PreparedSentence extends PreparedWords {
  /** Combo feature ids of all tokens; token i's are `combos[offsets[i] .. offsets[i + 1])`. */
  readonly combos: Int32Array;
  readonly offsets: Int32Array;
}

/** Upper bound on the features of one token (sizes the scratch buffer). */
export const MAX_FEATURES_PER_TOKEN = 256;
