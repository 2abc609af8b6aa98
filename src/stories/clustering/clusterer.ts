/**
 * The online story clusterer: `add(document) → story`, one document at a time, never re-clustering
 * what came before. A document is scored against a few candidate stories found through an inverted
 * index over top terms and names; score = text cosine (TF-IDF, idf learned online) blended with a
 * name cosine, times a time decay; the title and lead count twice (lead.ts). Below the join threshold (a lower one
 * for a bare headline) the document opens a story. After each
 * add, the document's story is compared with the other candidates and merged into the older one when
 * their centroids agree; the absorbed id keeps resolving through an alias table.
 */
import { contentWords } from './content-words.ts';
import { joinThresholdFor, withLead } from './lead.ts';
import { DEFAULT_CLUSTER_OPTIONS } from './defaults.ts';
import { DocumentFrequencies } from './document-frequencies.ts';
import { PostingIndex } from './posting-index.ts';
import { absorb, addMember, capCentroid, newStory, restoreStory, saveStory, storyNorms, type StoryState } from './story-state.ts';
import type { ClusterChanges, ClusterSnapshot } from './snapshot.ts';
import { gapDays, timeDecay } from './time-decay.ts';
import type { ClusterOptions, StoryAssignment, StoryInput, StoryRecord } from './types.ts';
import { prepare, preparedDot, sublinear, topKeys, weightedDot, weightedNorm, type Counts, type PreparedVector } from './vectors.ts';

/** Name keys share the index with terms under this prefix. */
export const NAME_KEY = '\u0001';
/** How many of the best-scoring other candidates are checked for a merge after each add. */
const MERGE_CHECKS = 3;

/** What candidate ranking reads of a story. */
export interface StoryRange {
  readonly first: number | null;
  readonly last: number | null;
  readonly order: number;
}

/** A document admitted into the frequencies, waiting for `place`. */
export interface PendingDocument {
  readonly input: StoryInput;
  readonly features: DocFeatures;
  /** The keys it is indexed (and its candidates found) under. */
  readonly indexKeys: readonly string[];
}

interface DocFeatures {
  readonly terms: Map<string, number>;
  readonly names: Map<string, number>;
  /** The same, prepared for scoring against many stories (vectors.ts `prepare`). */
  readonly preparedTerms: PreparedVector;
  readonly preparedNames: PreparedVector;
  readonly termNorm: number;
  readonly nameNorm: number;
}

export class StoryClusterer {
  readonly options: ClusterOptions;
  private readonly termDf = new DocumentFrequencies();
  private readonly nameDf = new DocumentFrequencies();
  private readonly index: PostingIndex;
  private readonly live = new Map<string, StoryState>();
  private readonly aliases = new Map<string, string>();
  private readonly storyByDoc = new Map<string, string>();
  private created = 0;
  /** Journal for `changes()`. */
  private readonly dirty = new Set<string>();
  private readonly merges: [string, string][] = [];
  private readonly touched: [string, string][] = [];
  private readonly restoredTerms = new Set<string>();
  private readonly restoredNames = new Set<string>();
  private readonly restoredPostings = new Set<string>();

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
    this.index = new PostingIndex(this.options.postingLimit);
  }

  /** Puts one document into a story (an existing one or a new one) and returns where it went. */
  add(input: StoryInput): StoryAssignment {
    return this.place(this.admit(input));
  }

  /**
   * First half of `add`: counts the document into the frequencies and computes what it will be
   * scored with. A store-backed caller then loads the postings of `pending.indexKeys` (and the
   * stories they name) before `place`; an in-memory caller just calls `add`.
   */
  admit(input: StoryInput): PendingDocument {
    if (this.storyByDoc.has(input.id)) throw new Error(`Document ${input.id} was already added; give each document a unique id.`);
    const features = this.features(input);
    return { input, features, indexKeys: this.indexKeys(features) };
  }

  /** Second half of `add`: scores the candidates, joins or opens a story, and merges stories that prove to be one. */
  place(pending: PendingDocument): StoryAssignment {
    const { input, features, indexKeys: keys } = pending;
    let best: { story: StoryState; score: number } | null = null;
    const scored: { story: StoryState; score: number }[] = [];
    for (const story of this.candidates(keys, input.time)) {
      const score = this.scoreDocument(features, input.time, story);
      scored.push({ story, score });
      if (best === null || score > best.score) best = { story, score };
    }
    const joins = best !== null && best.score >= joinThresholdFor(features.terms.size, this.options);
    let story = joins && best !== null ? best.story : this.open(input);
    addMember(story, input.id, input.time, features.terms, features.names, { terms: this.termDf, names: this.nameDf });
    // A story opened by an untitled page (plain text, a live-blog entry) takes the first title it meets.
    if (story.title === null && input.title) story.title = input.title;
    capCentroid(story, this.options.centroidTerms);
    this.storyByDoc.set(input.id, story.id);
    this.dirty.add(story.id);
    for (const key of keys) {
      this.index.add(key, story.id);
      this.touched.push([key, story.id]);
    }
    const merged: string[] = [];
    const others = scored.filter((c) => c.story !== story).sort((a, b) => b.score - a.score).slice(0, MERGE_CHECKS);
    for (const other of others) {
      if (!this.live.has(other.story.id) || this.scoreStories(story, other.story) < this.options.mergeThreshold) continue;
      const [survivor, absorbed] = story.order < other.story.order ? [story, other.story] : [other.story, story];
      this.absorbInto(survivor, absorbed);
      merged.push(absorbed.id);
      story = survivor;
    }
    return { story: story.id, isNew: !joins, score: best?.score ?? 0, merged: merged.filter((id) => id !== story.id) };
  }

  /**
   * Restores part of a stored state (snapshot.ts). Idempotent per key and per story: what this
   * clusterer already holds (restored before, or changed since) is newer than the store and is kept.
   */
  restore(part: ClusterSnapshot): void {
    if (part.corpus) {
      this.termDf.restore(part.corpus.documents, []);
      this.nameDf.restore(part.corpus.documents, []);
      this.created = part.corpus.nextOrder;
    }
    if (part.termDf) this.termDf.restore(this.termDf.documents, unseen(part.termDf, this.restoredTerms));
    if (part.nameDf) this.nameDf.restore(this.nameDf.documents, unseen(part.nameDf, this.restoredNames));
    for (const saved of part.stories ?? []) {
      if (this.live.has(saved.id) || this.aliases.has(saved.id)) continue;
      this.live.set(saved.id, restoreStory(saved));
    }
    for (const [key, stories] of part.postings ?? []) {
      if (this.restoredPostings.has(key)) continue;
      this.restoredPostings.add(key);
      this.index.restore(key, stories);
    }
  }

  /** Index keys whose postings were restored (a store-backed caller loads only the others). */
  hasPostings(key: string): boolean {
    return this.restoredPostings.has(key);
  }

  /** Term keys whose frequencies were restored. */
  hasTermDf(key: string): boolean {
    return this.restoredTerms.has(key);
  }

  /** Whether a story (live or absorbed) is held in memory. */
  holds(storyId: string): boolean {
    return this.live.has(storyId) || this.aliases.has(storyId);
  }

  /** Everything this clusterer changed since it was made (or restored), to be written back. */
  changes(): ClusterChanges {
    const assignments = new Map<string, string>();
    for (const doc of this.storyByDoc.keys()) assignments.set(doc, this.storyOf(doc) as string);
    const stories = [...this.dirty].filter((id) => this.live.has(id)).map((id) => saveStory(this.live.get(id) as StoryState));
    return {
      documents: this.termDf.addedDocuments,
      termDf: this.termDf.added,
      nameDf: this.nameDf.added,
      assignments,
      stories,
      absorbed: this.merges,
      postings: this.touched,
    };
  }

  /** Merges two stories that prove to be one; the older id survives and the other resolves to it. */
  merge(a: string, b: string): string {
    const x = this.live.get(this.resolve(a) ?? '');
    const y = this.live.get(this.resolve(b) ?? '');
    if (x === undefined || y === undefined) throw new Error(`Cannot merge ${a} and ${b}: unknown story id.`);
    if (x === y) return x.id;
    const [survivor, absorbed] = x.order < y.order ? [x, y] : [y, x];
    this.absorbInto(survivor, absorbed);
    return survivor.id;
  }

  /** The live story an id (current or absorbed) stands for, or undefined for an unknown id. */
  resolve(storyId: string): string | undefined {
    let id = storyId;
    for (let next = this.aliases.get(id); next !== undefined; next = this.aliases.get(id)) id = next;
    if (id !== storyId) this.aliases.set(storyId, id);
    return this.live.has(id) ? id : undefined;
  }

  /** The live story of a document added before. */
  storyOf(docId: string): string | undefined {
    const id = this.storyByDoc.get(docId);
    return id === undefined ? undefined : this.resolve(id);
  }

  /** Every live story, oldest first, in the export's shape. */
  stories(): StoryRecord[] {
    return [...this.live.values()].map((s) => ({ id: s.id, title: s.title, docs: [...s.docs], first: s.first, last: s.last, aliases: [...s.aliases] }));
  }

  /** Every term key and name key of a document: the frequencies a store-backed caller restores before `admit`. */
  documentKeys(input: StoryInput): { readonly terms: string[]; readonly names: string[] } {
    const { terms, names } = this.counts(input);
    return { terms: [...terms.keys()], names: [...names.keys()] };
  }

  private counts(input: StoryInput): { terms: Counts; names: Counts } {
    const words = contentWords(withLead([input.title ?? '', input.text ?? ''].join('\n'), this.options.leadLines));
    return { terms: words.terms, names: input.entities ? countKeys(input.entities) : words.names };
  }

  private features(input: StoryInput): DocFeatures {
    const { terms: termCounts, names: nameCounts } = this.counts(input);
    this.termDf.addDocument(termCounts.keys());
    this.nameDf.addDocument(nameCounts.keys());
    const terms = sublinear(termCounts);
    const names = sublinear(nameCounts);
    return {
      terms,
      names,
      preparedTerms: prepare(terms, this.termDf),
      preparedNames: prepare(names, this.nameDf),
      termNorm: weightedNorm(terms, this.termDf),
      nameNorm: weightedNorm(names, this.nameDf),
    };
  }

  private indexKeys(f: DocFeatures): string[] {
    const n = this.options.indexTerms;
    return [...topKeys(f.terms, this.termDf, n), ...topKeys(f.names, this.nameDf, Math.ceil(n / 2)).map((k) => NAME_KEY + k)];
  }

  /** Live stories sharing index keys with the document, most shared idf first, within maxGapDays. */
  private candidates(keys: readonly string[], time: number | null): StoryState[] {
    return this.rank(keys, time, (id) => this.live.get(id)).map((id) => this.live.get(id) as StoryState);
  }

  /**
   * The stories `place` will score for a pending document: those its index keys post, ranked by
   * shared idf, within maxGapDays. Stories not held in memory are ranked by `ranges` (cheap columns
   * of a store), so a store-backed caller loads only these few whole stories, and `place` then ranks
   * the same ones first.
   */
  candidateIds(pending: PendingDocument, ranges: ReadonlyMap<string, StoryRange>): string[] {
    return this.rank(pending.indexKeys, pending.input.time, (id) => this.live.get(id) ?? ranges.get(id));
  }

  /** Story ids posted under the keys (aliases followed), for a caller that loads their ranges. */
  postedIds(keys: readonly string[]): string[] {
    const ids = new Set<string>();
    for (const key of keys) for (const posted of this.index.stories(key)) ids.add(this.followAliases(posted));
    return [...ids];
  }

  private rank(keys: readonly string[], time: number | null, rangeOf: (id: string) => StoryRange | undefined): string[] {
    const hits = new Map<string, { range: StoryRange; weight: number }>();
    for (const key of keys) {
      const weight = key.startsWith(NAME_KEY) ? this.nameDf.idf(key.slice(1)) : this.termDf.idf(key);
      for (const posted of this.index.stories(key)) {
        const id = this.followAliases(posted);
        const range = rangeOf(id);
        if (range === undefined || gapDays(time, time, range.first, range.last) > this.options.maxGapDays) continue;
        const hit = hits.get(id);
        if (hit) hit.weight += weight;
        else hits.set(id, { range, weight });
      }
    }
    return [...hits]
      .sort((a, b) => b[1].weight - a[1].weight || a[1].range.order - b[1].range.order)
      .slice(0, this.options.candidates)
      .map(([id]) => id);
  }

  private followAliases(storyId: string): string {
    let id = storyId;
    for (let next = this.aliases.get(id); next !== undefined; next = this.aliases.get(id)) id = next;
    return id;
  }

  private scoreDocument(f: DocFeatures, time: number | null, story: StoryState): number {
    const norms = storyNorms(story, this.termDf, this.nameDf);
    const text = cosine(preparedDot(f.preparedTerms, story.terms), f.termNorm, norms.terms);
    const names = cosine(preparedDot(f.preparedNames, story.names), f.nameNorm, norms.names);
    const hasNames = f.nameNorm > 0 && norms.names > 0;
    const w = hasNames ? this.options.entityWeight : 0;
    return ((1 - w) * text + w * names) * timeDecay(gapDays(time, time, story.first, story.last), this.options.decayDays);
  }

  private scoreStories(a: StoryState, b: StoryState): number {
    const na = storyNorms(a, this.termDf, this.nameDf);
    const nb = storyNorms(b, this.termDf, this.nameDf);
    const text = cosine(weightedDot(a.terms, b.terms, this.termDf), na.terms, nb.terms);
    const names = cosine(weightedDot(a.names, b.names, this.nameDf), na.names, nb.names);
    const w = na.names > 0 && nb.names > 0 ? this.options.entityWeight : 0;
    return ((1 - w) * text + w * names) * timeDecay(gapDays(a.first, a.last, b.first, b.last), this.options.decayDays);
  }

  private open(input: StoryInput): StoryState {
    const story = newStory(`s-${input.id}`, this.created++, input.title);
    this.live.set(story.id, story);
    this.dirty.add(story.id);
    return story;
  }

  private absorbInto(survivor: StoryState, absorbed: StoryState): void {
    absorb(survivor, absorbed);
    capCentroid(survivor, this.options.centroidTerms);
    this.live.delete(absorbed.id);
    this.aliases.set(absorbed.id, survivor.id);
    this.dirty.add(survivor.id);
    this.merges.push([absorbed.id, survivor.id]);
  }
}

/** The entries whose key is not in `known` yet; marks them known. */
function unseen(entries: Iterable<readonly [string, number]>, known: Set<string>): [string, number][] {
  const out: [string, number][] = [];
  for (const [key, n] of entries) {
    if (known.has(key)) continue;
    known.add(key);
    out.push([key, n]);
  }
  return out;
}

function cosine(dot: number, a: number, b: number): number {
  return a > 0 && b > 0 ? dot / (a * b) : 0;
}

function countKeys(keys: readonly string[]): Counts {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key.toLowerCase(), (counts.get(key.toLowerCase()) ?? 0) + 1);
  return counts;
}
