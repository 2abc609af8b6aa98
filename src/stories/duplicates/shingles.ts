/** Word shingles: every run of `k` consecutive words, hashed to 32 bits, each value once. */
import { hashString, mix32 } from './hash.ts';

/**
 * The distinct hashes of the k-word shingles of `words`, ascending. Fewer than `k` words make one
 * shingle of all of them (a short text still has a signature); no words make none. A shingle's hash
 * folds its word hashes with FNV's multiply and mixes once (one mix per shingle, not per word: this
 * function was the largest share of a profile on news-sample).
 */
export function shingleHashes(words: readonly string[], k: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = hashString(words[i] as string);
  const count = Math.max(1, words.length - k + 1);
  const width = Math.min(k, words.length);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ (wordHashes[i + j] as number), 0x01000193);
    out[i] = mix32(h);
  }
  out.sort();
  let distinct = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[distinct++] = out[i] as number;
  return out.subarray(0, distinct);
}
