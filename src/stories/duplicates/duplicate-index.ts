/**
 * The incremental duplicate index: `add(doc)` compares one new document with every earlier one that
 * LSH proposes (by whole body, by passage, and by exact body hash) and returns the duplicate pairs
 * it forms; `query(doc)` does the same without adding. Online ingest calls `add` per document;
 * `findDuplicates` is the batch helper. State lives in the instance only (no module globals).
 */
import type { Document } from '../../model/index.ts';
import type { DuplicateKind, PairEvidence } from './classify.ts';
import { classifyPair } from './classify.ts';
import type { Fingerprint, Seeds } from './fingerprint.ts';
import { fingerprint } from './fingerprint.ts';
import { LshIndex } from './lsh.ts';
import { SignaturePool } from './signature-pool.ts';
import { estimateJaccard, minHashSeeds } from './minhash.ts';
import type { DuplicateOptions } from './options.ts';
import { DEFAULT_DUPLICATE_OPTIONS } from './options.ts';

/** Two passages judged the same, with their estimated Jaccard. */
export interface PassageMatch {
  readonly passages: readonly [string, string];
  readonly score: number;
}

/** One duplicate relation between two documents. For `version`, `docs[0]` is the older. */
export interface DuplicatePair {
  readonly kind: DuplicateKind;
  readonly docs: readonly [string, string];
  readonly score: number;
  readonly jaccard: number;
  /** Share of docs[0]'s and of docs[1]'s passage words matched in the other. */
  readonly coverage: readonly [number, number];
  /** Shared passages, ids in the order of `docs`. */
  readonly passages: readonly PassageMatch[];
}

/** What the index keeps of a document: its fingerprint without the passage signatures (pooled). */
type StoredDocument = Omit<Fingerprint, 'passages'>;

export class DuplicateIndex {
  readonly options: DuplicateOptions;
  private readonly seeds: Seeds;
  private readonly docs: StoredDocument[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byExact = new Map<string, number[]>();
  private readonly docLsh: LshIndex;
  private readonly passageLsh: LshIndex;
  /** Per stored passage (by number): its document, id, word count and signature. */
  private readonly passageDoc: number[] = [];
  private readonly passageIds: string[] = [];
  private readonly passageWords: number[] = [];
  private readonly passageSignatures: SignaturePool;

  constructor(options: Partial<DuplicateOptions> = {}) {
    this.options = { ...DEFAULT_DUPLICATE_OPTIONS, ...options };
    this.seeds = { document: minHashSeeds(this.options.documentHashes), passage: minHashSeeds(this.options.passageHashes) };
    this.docLsh = new LshIndex(this.options.documentLsh);
    this.passageLsh = new LshIndex(this.options.passageLsh);
    this.passageSignatures = new SignaturePool(this.options.passageHashes);
  }

  get size(): number {
    return this.docs.length;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The duplicates `doc` forms with documents already in the index; the index is not changed. */
  query(doc: Document): DuplicatePair[] {
    return this.match(fingerprint(doc, this.options, this.seeds));
  }

  /** Adds `doc` and returns the duplicates it forms with earlier documents (none for an id already added). */
  add(doc: Document): DuplicatePair[] {
    if (this.byId.has(doc.id)) return [];
    const print = fingerprint(doc, this.options, this.seeds);
    const pairs = this.match(print);
    const n = this.docs.length;
    const { passages, ...stored } = print;
    this.docs.push(stored);
    this.byId.set(print.id, n);
    const same = this.byExact.get(print.exact);
    if (same) same.push(n);
    else this.byExact.set(print.exact, [n]);
    this.docLsh.add(n, print.signature);
    for (const p of passages) {
      const q = this.passageSignatures.add(p.signature);
      this.passageLsh.add(q, p.signature);
      this.passageDoc.push(n);
      this.passageIds.push(p.id);
      this.passageWords.push(p.words);
    }
    return pairs;
  }

  private match(print: Fingerprint): DuplicatePair[] {
    const o = this.options;
    const exact = new Set(this.byExact.get(print.exact) ?? []);
    const jaccard = new Map<number, number>();
    for (const other of this.docLsh.query(print.signature)) {
      jaccard.set(other, estimateJaccard(print.signature, (this.docs[other] as StoredDocument).signature));
    }
    // passage matches per other document: [new passage index, stored passage index, score]
    const shared = new Map<number, [number, number, number][]>();
    print.passages.forEach((p, i) => {
      // a passage already on maxBucket pages is boilerplate ("(Editing by …) An ultra-low latency
      // infrastructure…" closes a thousand Reuters pages): no evidence, and scanning it is quadratic
      for (const q of this.passageLsh.queryUnlessCommon(p.signature) ?? []) {
        const score = this.passageSignatures.similarity(q, p.signature);
        if (score < o.passageThreshold) continue;
        const doc = this.passageDoc[q] as number;
        const list = shared.get(doc);
        if (list) list.push([i, q, score]);
        else shared.set(doc, [[i, q, score]]);
      }
    });
    const pairs: DuplicatePair[] = [];
    for (const other of new Set([...exact, ...jaccard.keys(), ...shared.keys()])) {
      const old = this.docs[other] as StoredDocument;
      if (old.id === print.id) continue;
      const matches = bestMatches(shared.get(other) ?? []);
      const oldWords = matches.map((m) => this.passageWords[m[1]] as number);
      const newWords = matches.map((m) => (print.passages[m[0]] as { words: number }).words);
      const coverage: [number, number] = [share(oldWords, old.passageWords), share(newWords, print.passageWords)];
      const evidence: PairEvidence = {
        exact: exact.has(other), jaccard: jaccard.get(other) ?? 0, coverage,
        sharedPassages: matches.length, sharedWords: Math.min(sum(oldWords), sum(newWords)),
        sameOutlet: sameOutlet(old, print), sameUrl: old.url !== null && old.url === print.url,
        gapHours: old.publishedMs === null || print.publishedMs === null ? null : Math.abs(old.publishedMs - print.publishedMs) / 3_600_000,
      };
      const kind = classifyPair(evidence, o);
      if (kind === null) continue;
      const passages = matches.map((m): PassageMatch => ({ passages: [this.passageIds[m[1]] as string, (print.passages[m[0]] as { id: string }).id], score: m[2] }));
      const pair: DuplicatePair = { kind: kind.kind, docs: [old.id, print.id], score: kind.score, jaccard: evidence.jaccard, coverage, passages };
      pairs.push(kind.kind === 'version' && isNewer(old, print, coverage) ? flip(pair) : pair);
    }
    return pairs;
  }
}

/** One match per passage on each side, best score first (a passage repeated in a blog counts once). */
function bestMatches(list: readonly [number, number, number][]): [number, number, number][] {
  const sorted = [...list].sort((a, b) => b[2] - a[2]);
  const usedNew = new Set<number>();
  const usedOld = new Set<number>();
  const out: [number, number, number][] = [];
  for (const m of sorted) {
    if (usedNew.has(m[0]) || usedOld.has(m[1])) continue;
    usedNew.add(m[0]);
    usedOld.add(m[1]);
    out.push(m);
  }
  return out.sort((a, b) => a[1] - b[1]);
}

function sum(values: readonly number[]): number {
  return values.reduce((s, w) => s + w, 0);
}

function share(matchedWords: readonly number[], total: number): number {
  return total === 0 ? 0 : Math.min(1, sum(matchedWords) / total);
}

function sameOutlet(a: StoredDocument, b: StoredDocument): boolean | null {
  if (a.url !== null && a.url === b.url) return true;
  if (a.outlet === null || b.outlet === null) return null;
  return a.outlet === b.outlet;
}

/**
 * Whether `a` (the document already stored) is the later version of `b`: by the latest entry time or
 * publication date when both have one and they differ; else the one more contained in the other is
 * the earlier; else the shorter is. Arrival order is no evidence (a crawler may meet the update first).
 */
function isNewer(a: StoredDocument, b: StoredDocument, coverage: readonly [number, number]): boolean {
  if (a.latest !== null && b.latest !== null && a.latest !== b.latest) return a.latest > b.latest;
  if (Math.abs(coverage[0] - coverage[1]) >= 0.1) return coverage[0] < coverage[1];
  return a.bodyWords > b.bodyWords;
}

function flip(p: DuplicatePair): DuplicatePair {
  return {
    ...p,
    docs: [p.docs[1], p.docs[0]],
    coverage: [p.coverage[1], p.coverage[0]],
    passages: p.passages.map((m) => ({ passages: [m.passages[1], m.passages[0]], score: m.score })),
  };
}
