/**
 * Induces hierarchical word clusters (Brown-style bit strings) from ../shared/data/news-sample for the
 * NER tagger's cluster features, and writes models/ner/clusters-v1.tsv.gz (`word<TAB>bits`, one a line).
 *
 * Method (fast stand-in for Brown clustering, a few minutes on one core):
 *  1. tokenize every article with src/text's tokenizer (the tokens the tagger sees at run time);
 *  2. a word (case kept: capitalisation is what NER needs) gets a context vector of counts of the
 *     lower-cased word just left and just right of it, over the most frequent context words;
 *  3. counts → positive PMI, projected to a few dozen dense dimensions by a seeded random ±1 matrix,
 *     L2-normalised;
 *  4. bisecting spherical 2-means: every split appends 0 or 1 to the members' bit strings, down to
 *     MAX_DEPTH or a cluster of fewer than MIN_SPLIT words.
 * Prefixes of the bit strings (4, 6, 10, 20 bits) are the features, as with Brown clusters in
 * Ratinov & Roth 2009. Deterministic: fixed seed, fixed file order.
 *
 * Usage: node --import tsx scripts/ner/clusters.ts [--data DIR] [--out FILE] [--vocab N] [--min-count N]
 *   [--contexts N] [--dims N]   (defaults 50000, 5, 500, 128 = clusters-v1)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { seededRandom } from '../../src/nlp/ner/random.ts';
import { tokenize } from '../../src/text/index.ts';

const FILES = ['entities-guardian', 't17', 'polnear', 'reuters21578-wire'];
const MAX_DEPTH = 20;
const MIN_SPLIT = 4;
const SEED = 20260101;

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string' },
    vocab: { type: 'string', default: '50000' },
    'min-count': { type: 'string', default: '5' },
    contexts: { type: 'string', default: '500' },
    dims: { type: 'string', default: '128' },
  },
});
/** Words that get a cluster: the most frequent ones with at least MIN_COUNT occurrences. */
const VOCAB = Number(values.vocab);
const MIN_COUNT = Number(values['min-count']);
/** Context words per side (the most frequent lower-cased words). */
const CONTEXTS = Number(values.contexts);
/** Dimensions of the random projection of the PPMI vectors. */
const DIMS = Number(values.dims);
const dataDir = values.data ?? fileURLToPath(new URL('../../../shared/data', import.meta.url));
const outFile = values.out ?? fileURLToPath(new URL('../../models/ner/clusters-v1.tsv.gz', import.meta.url));
const started = Date.now();
const log = (line: string): void => void process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);

// 1. token streams (one array of strings per article line)
const lines: string[][] = [];
const counts = new Map<string, number>();
const lowerCounts = new Map<string, number>();
for (const file of FILES) {
  const records = gunzipSync(readFileSync(join(dataDir, 'news-sample', `${file}.jsonl.gz`))).toString('utf8').split('\n');
  for (const record of records) {
    if (record.length === 0) continue;
    const text = (JSON.parse(record) as { text?: unknown }).text;
    if (typeof text !== 'string') continue;
    for (const line of text.split('\n')) {
      const words = tokenize(line).map((t) => t.text);
      if (words.length === 0) continue;
      lines.push(words);
      for (const w of words) {
        counts.set(w, (counts.get(w) ?? 0) + 1);
        const lw = w.toLowerCase();
        lowerCounts.set(lw, (lowerCounts.get(lw) ?? 0) + 1);
      }
    }
  }
  log(`${file}: ${lines.length} lines so far, ${counts.size} word types`);
}

const byFrequency = (m: Map<string, number>): string[] => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
const vocab = byFrequency(counts).filter((w) => (counts.get(w) ?? 0) >= MIN_COUNT).slice(0, VOCAB);
const contexts = byFrequency(lowerCounts).slice(0, CONTEXTS);
const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
const contextIndex = new Map(contexts.map((w, i) => [w, i]));
log(`vocabulary ${vocab.length} words (min count ${MIN_COUNT}), ${contexts.length} context words per side`);

// 2. context counts: row = word, columns = [left contexts | right contexts]
const width = 2 * CONTEXTS;
const cooc = new Uint32Array(vocab.length * width);
for (const words of lines) {
  for (let i = 0; i < words.length; i++) {
    const row = vocabIndex.get(words[i]!);
    if (row === undefined) continue;
    const left = i > 0 ? contextIndex.get(words[i - 1]!.toLowerCase()) : undefined;
    const right = i + 1 < words.length ? contextIndex.get(words[i + 1]!.toLowerCase()) : undefined;
    if (left !== undefined) cooc[row * width + left]!++;
    if (right !== undefined) cooc[row * width + CONTEXTS + right]!++;
  }
}
log('context counts done');

// 3. PPMI → random projection → unit vectors
const rowTotals = new Float64Array(vocab.length);
const colTotals = new Float64Array(width);
let total = 0;
for (let r = 0; r < vocab.length; r++) {
  for (let c = 0; c < width; c++) {
    const n = cooc[r * width + c]!;
    rowTotals[r]! += n;
    colTotals[c]! += n;
    total += n;
  }
}
const random = seededRandom(SEED);
const projection = new Float32Array(width * DIMS);
for (let i = 0; i < projection.length; i++) projection[i] = random() < 0.5 ? -1 : 1;
const vectors = new Float32Array(vocab.length * DIMS);
for (let r = 0; r < vocab.length; r++) {
  const out = r * DIMS;
  for (let c = 0; c < width; c++) {
    const n = cooc[r * width + c]!;
    if (n === 0) continue;
    const pmi = Math.log((n * total) / (rowTotals[r]! * colTotals[c]!));
    if (pmi <= 0) continue;
    const p = c * DIMS;
    for (let d = 0; d < DIMS; d++) vectors[out + d]! += pmi * projection[p + d]!;
  }
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += vectors[out + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) vectors[out + d]! /= norm;
}
log('vectors done');

// 4. bisecting spherical 2-means
const bits: string[] = vocab.map(() => '');
function split(members: number[], depth: number): void {
  if (depth >= MAX_DEPTH || members.length < MIN_SPLIT) return;
  // start from the sign of the first principal component (power iteration), then refine by
  // 2-means on cosine with normalised centroids; a PCA start keeps the splits balanced
  const mean = new Float64Array(DIMS);
  for (const m of members) for (let d = 0; d < DIMS; d++) mean[d]! += vectors[m * DIMS + d]! / members.length;
  const dot = (m: number, v: ArrayLike<number>): number => {
    let s = 0;
    for (let d = 0; d < DIMS; d++) s += vectors[m * DIMS + d]! * v[d]!;
    return s;
  };
  let pc = new Float64Array(DIMS);
  for (let d = 0; d < DIMS; d++) pc[d] = random() - 0.5;
  for (let iter = 0; iter < 8; iter++) {
    const next = new Float64Array(DIMS);
    let meanDot = 0;
    for (let d = 0; d < DIMS; d++) meanDot += mean[d]! * pc[d]!;
    for (const m of members) {
      const s = dot(m, pc) - meanDot;
      for (let d = 0; d < DIMS; d++) next[d]! += s * (vectors[m * DIMS + d]! - mean[d]!);
    }
    let norm = 0;
    for (let d = 0; d < DIMS; d++) norm += next[d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMS; d++) next[d]! /= norm;
    pc = next;
  }
  let meanDot = 0;
  for (let d = 0; d < DIMS; d++) meanDot += mean[d]! * pc[d]!;
  let side = new Uint8Array(members.length);
  members.forEach((m, i) => { side[i] = dot(m, pc) > meanDot ? 1 : 0; });
  for (let iter = 0; iter < 10; iter++) {
    const c0 = new Float64Array(DIMS);
    const c1 = new Float64Array(DIMS);
    members.forEach((m, i) => {
      const target = side[i] ? c1 : c0;
      for (let d = 0; d < DIMS; d++) target[d]! += vectors[m * DIMS + d]!;
    });
    for (const c of [c0, c1]) {
      let norm = 0;
      for (let d = 0; d < DIMS; d++) norm += c[d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMS; d++) c[d]! /= norm;
    }
    let changed = 0;
    members.forEach((m, i) => {
      const s = dot(m, c1) > dot(m, c0) ? 1 : 0;
      if (s !== side[i]) changed++;
      side[i] = s;
    });
    if (changed === 0) break;
  }
  const left: number[] = [];
  const right: number[] = [];
  members.forEach((m, i) => (side[i] ? right : left).push(m));
  if (left.length === 0 || right.length === 0) {
    // identical vectors: split by frequency rank so the tree still ends
    const half = Math.ceil(members.length / 2);
    left.splice(0, left.length, ...members.slice(0, half));
    right.splice(0, right.length, ...members.slice(half));
    side = new Uint8Array(0);
  }
  for (const m of left) bits[m] += '0';
  for (const m of right) bits[m] += '1';
  split(left, depth + 1);
  split(right, depth + 1);
}
split(vocab.map((_, i) => i), 0);
log('clusters done');

const out = vocab.map((w, i) => `${w}\t${bits[i]}`).join('\n') + '\n';
writeFileSync(outFile, gzipSync(Buffer.from(out, 'utf8'), { level: 9 }));
log(`wrote ${outFile} (${vocab.length} words)`);
