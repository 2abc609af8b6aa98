/**
 * annotate over stored documents: the ones with no analysis of the current version (after an
 * ingest, or after an upgrade of the rules or weights), or all of them with `all`. Documents go
 * through a pool of worker threads when there are enough of them to pay for starting it; results
 * are written a batch per transaction. A document whose analysis throws is reported, stays
 * unanalysed, and the rest goes on.
 */
import { availableParallelism } from 'node:os';
import type { Annotations, Document, Problem } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { linkPartialKey } from '../nlp/index.ts';
import type { AnnotationWrite, Store } from '../store/index.ts';
import type { AnnotateResult } from './annotate-safely.ts';
import { annotateSafely, unpackSnippets } from './annotate-safely.ts';
import { currentAnalysisVersion, loadNlpResources } from './load-resources.ts';
import { analysePool } from './analyse-pool.ts';

export interface AnalyseOptions {
  /** Re-analyse every document, not only those without a current analysis. */
  readonly all?: boolean;
  /** Worker threads; 0 runs in this thread. Default: one per core when there are ≥ 64 documents. */
  readonly workers?: number;
  /** Documents per transaction. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface AnalyseSummary {
  readonly version: string;
  readonly analysed: number;
  readonly failed: number;
  readonly problems: readonly Problem[];
  readonly workers: number;
}

const POOL_THRESHOLD = 64;

export async function analyseStored(store: Store, options: AnalyseOptions = {}): Promise<AnalyseSummary> {
  const version = currentAnalysisVersion();
  const batchSize = options.batchSize ?? 32;
  const total = options.all ? await store.countDocuments() : (await store.countDocuments()) - (await store.countAnalysed(version)).current;
  const workers = options.workers ?? (total >= POOL_THRESHOLD ? availableParallelism() : 0);
  const run = workers > 0 ? poolRunner(workers) : inlineRunner();
  const problems: Problem[] = [];
  let analysed = 0;
  let failed = 0;
  // One batch is analysed while the one before it is written, so the workers never wait for the store.
  const write = async (docs: readonly Document[], pending: Promise<AnnotateResult[]>): Promise<void> => {
    const results = await pending;
    const done: { annotations: Annotations; snippets: Map<string, string> }[] = [];
    results.forEach((result, i) => {
      const doc = docs[i] as Document;
      if (result.ok) done.push({ annotations: result.annotations, snippets: unpackSnippets(result.annotations, result.snippets) });
      else {
        failed++;
        problems.push(problem('annotate', 'internal-error', `analysis failed: ${result.error}`, doc.origin, true));
      }
    });
    const writes = await linkCorpusKeys(store, done.map((d) => ({ annotations: d.annotations, version, corpusKeys: new Map(), snippets: d.snippets })));
    await store.writeAnnotations(writes);
    await relinkEarlierSurnames(store, writes);
    analysed += done.length;
    options.onProgress?.(analysed + failed, total);
  };
  try {
    let previous: { docs: Document[]; results: Promise<AnnotateResult[]> } | null = null;
    for await (const docs of pages(store, version, batchSize, options.all === true)) {
      const current = { docs, results: Promise.all(docs.map((doc) => run.annotate(doc))) };
      if (previous) await write(previous.docs, previous.results);
      previous = current;
    }
    if (previous) await write(previous.docs, previous.results);
  } finally {
    await run.close();
  }
  return { version, analysed, failed, problems, workers };
}

interface Runner {
  annotate(doc: Document): Promise<AnnotateResult>;
  close(): Promise<void>;
}

function inlineRunner(): Runner {
  const resources = loadNlpResources();
  return { annotate: async (doc) => annotateSafely(doc, resources), close: async () => undefined };
}

function poolRunner(size: number): Runner {
  const pool = analysePool(size);
  return {
    annotate: (doc) => pool.run(doc).catch((error: Error) => ({ ok: false as const, docId: doc.id, error: `worker died: ${error.message}` })),
    close: () => pool.close(),
  };
}

/** Pages of documents to analyse. Stale ones are re-queried from the start: each page written leaves the set. */
async function* pages(store: Store, version: string, size: number, all: boolean): AsyncGenerator<Document[]> {
  let after = '';
  for (;;) {
    const ids = all
      ? (await store.listDocuments({ after, limit: size })).map((d) => d.id)
      : await store.listUnanalysed(version, size, after);
    if (ids.length === 0) return;
    after = ids.at(-1) as string;
    const docs: Document[] = [];
    for (const id of ids) {
      const doc = await store.getDocument(id);
      if (doc) docs.push(doc);
    }
    yield docs;
  }
}

/**
 * A document that names a person only by surname gets a partial key (`PERSON:~soleimani`); link it to
 * the one full key with that surname in the corpus or in this batch, when exactly one fits.
 */
async function linkCorpusKeys(store: Store, writes: AnnotationWrite[]): Promise<AnnotationWrite[]> {
  const partial = writes.flatMap((w) => w.annotations.entities.filter((e) => e.key.includes(':~')));
  if (partial.length === 0) return writes;
  const byType = new Map<string, Set<string>>();
  for (const e of partial) {
    const surname = e.key.slice(e.key.indexOf(':~') + 2).split(' ').at(-1) ?? '';
    byType.set(e.type, (byType.get(e.type) ?? new Set()).add(surname));
  }
  const candidates = new Map<string, string[]>();
  for (const [type, surnames] of byType) {
    const stored = await store.corpusKeysBySurname(type, [...surnames]);
    const inBatch = writes.flatMap((w) => w.annotations.entities.filter((e) => e.type === type && !e.key.includes(':~')).map((e) => e.key));
    candidates.set(type, [...new Set([...stored, ...inBatch])]);
  }
  return writes.map((w) => {
    const corpusKeys = new Map<string, string>();
    for (const e of w.annotations.entities) {
      if (!e.key.includes(':~')) continue;
      const linked = linkPartialKey(e.key, candidates.get(e.type) ?? []);
      if (linked) corpusKeys.set(e.id, linked);
    }
    return { ...w, corpusKeys };
  });
}

/**
 * The other direction: a full name arriving after documents that named the person by surname only
 * takes those documents' partial key over, when it is the one full name with that surname.
 */
async function relinkEarlierSurnames(store: Store, writes: readonly AnnotationWrite[]): Promise<void> {
  const full = new Map<string, { type: string; surname: string }>();
  for (const w of writes) {
    for (const e of w.annotations.entities) {
      if (e.key.includes(':~') || e.type !== 'PERSON') continue;
      const surname = e.key.slice(e.key.indexOf(':') + 1).split(' ').at(-1) ?? '';
      if (surname && e.key.slice(e.key.indexOf(':') + 1).includes(' ')) full.set(e.key, { type: e.type, surname });
    }
  }
  for (const [key, { type, surname }] of full) {
    const partial = `${type}:~${surname}`;
    const candidates = await store.corpusKeysBySurname(type, [surname]);
    if (linkPartialKey(partial, [...new Set([...candidates, key])]) === key) await store.relinkCorpusKey(partial, key);
  }
}
