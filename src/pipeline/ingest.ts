/**
 * ingest → clean → store for a batch of inputs. Each input's problems are reported and the rest
 * goes on; documents are written in batches, one transaction per batch, so a crash leaves no
 * half-written document and a re-run completes the batch (known raw hashes are skipped).
 */
import type { Problem, RawDocument } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { cleanDocument, sha256Hex } from '../clean/index.ts';
import type { DocumentWrite, Store, WriteOutcome } from '../store/index.ts';
import type { RawEvent, ReadRawOptions } from './read-raw.ts';
import { readRawDocuments } from './read-raw.ts';

export type ItemOutcome = WriteOutcome | 'failed';

export interface ItemResult {
  /** The document's origin (`path`, `path:LINE`, `path#N`) or the input that failed as a whole. */
  readonly item: string;
  readonly outcome: ItemOutcome;
  readonly id?: string;
}

export interface IngestSummary {
  readonly ingested: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly items: readonly ItemResult[];
  /** Every problem, fatal or not, in the order met. */
  readonly problems: readonly Problem[];
}

export interface IngestProgress {
  readonly inputsDone: number;
  readonly inputsTotal: number;
  readonly current: string;
}

export interface IngestOptions extends ReadRawOptions {
  /** Documents per transaction. */
  readonly batchSize?: number;
  readonly onProgress?: (progress: IngestProgress) => void;
}

interface Pending {
  readonly raw: RawDocument;
  readonly sha256: string;
}

export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestRaw(store, readRawDocuments(paths, options), options);
}

/** The store side of ingest over any source of raw documents (files, or the server's uploads). */
export async function ingestRaw(store: Store, events: AsyncIterable<RawEvent>, options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 32;
  const items: ItemResult[] = [];
  const problems: Problem[] = [];
  let pending: Pending[] = [];
  let total = 0;
  for await (const event of events) {
    if (event.kind === 'input') {
      total = event.total;
      options.onProgress?.({ inputsDone: event.index, inputsTotal: event.total, current: event.input });
    } else if (event.kind === 'problem') {
      problems.push(event.problem);
      if (event.problem.fatal) items.push({ item: event.problem.item ?? '?', outcome: 'failed' });
    } else {
      pending.push({ raw: event.raw, sha256: sha256Hex(event.raw.bytes) });
      if (pending.length >= batchSize) {
        await writeBatch(store, pending, items, problems);
        pending = [];
      }
    }
  }
  await writeBatch(store, pending, items, problems);
  options.onProgress?.({ inputsDone: total, inputsTotal: total, current: '' });
  return summarise(items, problems);
}

async function writeBatch(store: Store, batch: readonly Pending[], items: ItemResult[], problems: Problem[]): Promise<void> {
  if (batch.length === 0) return;
  const known = await store.knownRawHashes(batch.map((p) => p.sha256));
  const writes: DocumentWrite[] = [];
  const seen = new Set<string>();
  for (const { raw, sha256 } of batch) {
    if (known.has(sha256) || seen.has(sha256)) {
      items.push({ item: raw.origin, outcome: 'unchanged' });
      continue;
    }
    seen.add(sha256);
    const cleaned = cleanSafely(raw, sha256);
    problems.push(...cleaned.problems);
    if (cleaned.document === null) {
      items.push({ item: raw.origin, outcome: 'failed' });
      continue;
    }
    writes.push({
      document: cleaned.document,
      raw: { bytes: raw.bytes, contentType: raw.contentType, hints: raw.hints },
      warnings: cleaned.problems.filter((p) => !p.fatal),
    });
  }
  const outcomes = await writeWithIsolation(store, writes, problems);
  writes.forEach((w, i) => items.push({ item: w.document.origin, outcome: outcomes[i] ?? 'failed', id: w.document.id }));
}

/** A stage that throws is a bug, but one document's bug must not stop the batch (STYLE.md 2.5). */
function cleanSafely(raw: RawDocument, sha256: string): ReturnType<typeof cleanDocument> {
  try {
    return cleanDocument(raw, sha256);
  } catch (error) {
    return { document: null, problems: [problem('clean', 'internal-error', `cleaning failed: ${(error as Error).message}`, raw.origin, true)] };
  }
}

/** Writes the batch in one transaction; if that fails, writes each document alone to find the culprit. */
async function writeWithIsolation(store: Store, writes: readonly DocumentWrite[], problems: Problem[]): Promise<ItemOutcome[]> {
  if (writes.length === 0) return [];
  try {
    return await store.writeDocuments(writes);
  } catch (batchError) {
    if (writes.length === 1) {
      problems.push(problem('store', 'write-failed', (batchError as Error).message, writes[0]?.document.origin, true));
      return ['failed'];
    }
    const outcomes: ItemOutcome[] = [];
    for (const write of writes) outcomes.push(...(await writeWithIsolation(store, [write], problems)));
    return outcomes;
  }
}

function summarise(items: ItemResult[], problems: Problem[]): IngestSummary {
  const count = (outcome: ItemOutcome) => items.filter((i) => i.outcome === outcome).length;
  return { ingested: count('ingested'), unchanged: count('unchanged'), failed: count('failed'), items, problems };
}
