/**
 * Many signatures of one width in large shared chunks instead of one typed array each: a
 * Uint32Array costs ~100 bytes of object and buffer overhead beside its data, as much as a
 * 32-value signature, and an index holds one per passage.
 */
const CHUNK_SIGNATURES = 4096;

export class SignaturePool {
  private readonly chunks: Uint32Array[] = [];
  private count = 0;

  constructor(readonly width: number) {}

  get size(): number {
    return this.count;
  }

  /** Stores a copy of `sig` and returns its number. */
  add(sig: Uint32Array): number {
    const chunk = Math.floor(this.count / CHUNK_SIGNATURES);
    if (chunk === this.chunks.length) this.chunks.push(new Uint32Array(CHUNK_SIGNATURES * this.width));
    (this.chunks[chunk] as Uint32Array).set(sig.subarray(0, this.width), (this.count % CHUNK_SIGNATURES) * this.width);
    return this.count++;
  }

  /** Share of positions where stored signature `i` agrees with `sig` (estimated Jaccard). */
  similarity(i: number, sig: Uint32Array): number {
    const chunk = this.chunks[Math.floor(i / CHUNK_SIGNATURES)] as Uint32Array;
    const offset = (i % CHUNK_SIGNATURES) * this.width;
    let same = 0;
    for (let k = 0; k < this.width; k++) if (chunk[offset + k] === sig[k]) same++;
    return this.width === 0 ? 0 : same / this.width;
  }
}
