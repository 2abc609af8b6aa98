/**
 * LSH banding over MinHash signatures (Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*
 * §3.4): the signature is cut into `bands` bands of `rows` values; two items become candidates when
 * any band agrees exactly. The chance is 1 − (1 − J^rows)^bands, an S-curve whose steep part sits
 * near (1/bands)^(1/rows). Only candidates are compared — never all pairs. Incremental: add one item,
 * query one item.
 */
import { combine } from './hash.ts';

export interface LshShape {
  readonly bands: number;
  readonly rows: number;
  /**
   * A bucket stops taking new members at this size: a band value shared by that many items is
   * boilerplate (a "Read more" line on every page), and scanning it for every query would make the
   * index quadratic. `query` still returns its members; `queryUnlessCommon` returns nothing.
   */
  readonly maxBucket: number;
}

/** The key of band `b` of a signature: two signatures share it when that band's rows all agree. */
export function bandKey(sig: Uint32Array, b: number, rows: number): number {
  let h = b;
  for (let r = 0; r < rows; r++) h = combine(h, sig[b * rows + r] as number);
  return h;
}

/**
 * Keys are item numbers. Each band is an open-addressing hash table in typed arrays (band key →
 * the head of a linked list of items, lists in two shared typed arrays): on 3,000 news-sample
 * articles (104,205 passages) the passage index in `Map`s took 72 MB, ~700 bytes a passage.
 */
export class LshIndex {
  private readonly keys: Uint32Array[] = [];
  private readonly heads: Int32Array[] = [];
  private readonly counts: Uint16Array[] = [];
  private readonly used: number[] = [];
  private nodeItem = new Int32Array(1024);
  private nodeNext = new Int32Array(1024);
  private nodes = 0;

  constructor(readonly shape: LshShape) {
    for (let b = 0; b < shape.bands; b++) this.allocate(b, 1024);
  }

  add(item: number, sig: Uint32Array): void {
    for (let b = 0; b < this.shape.bands; b++) {
      const key = this.bandKey(sig, b);
      const slot = this.find(b, key);
      const heads = this.heads[b] as Int32Array;
      const counts = this.counts[b] as Uint16Array;
      if (heads[slot] === -1) {
        (this.keys[b] as Uint32Array)[slot] = key;
        heads[slot] = this.node(item, -1);
        counts[slot] = 1;
        this.used[b] = (this.used[b] as number) + 1;
        if ((this.used[b] as number) * 2 > heads.length) this.grow(b);
      } else if ((counts[slot] as number) < this.shape.maxBucket) {
        heads[slot] = this.node(item, heads[slot] as number);
        counts[slot] = (counts[slot] as number) + 1;
      }
    }
  }

  /** Every item that shares at least one band with `sig`, once each. */
  query(sig: Uint32Array): Set<number> {
    return this.collect(sig, false) as Set<number>;
  }

  /** Like `query`, but null when a band's bucket is full: `sig` is then boilerplate, not evidence. */
  queryUnlessCommon(sig: Uint32Array): Set<number> | null {
    return this.collect(sig, true);
  }

  private collect(sig: Uint32Array, stopWhenFull: boolean): Set<number> | null {
    const found = new Set<number>();
    for (let b = 0; b < this.shape.bands; b++) {
      const slot = this.find(b, this.bandKey(sig, b));
      if (stopWhenFull && ((this.counts[b] as Uint16Array)[slot] as number) >= this.shape.maxBucket) return null;
      for (let n = (this.heads[b] as Int32Array)[slot] as number; n !== -1; n = this.nodeNext[n] as number) found.add(this.nodeItem[n] as number);
    }
    return found;
  }

  private bandKey(sig: Uint32Array, b: number): number {
    return bandKey(sig, b, this.shape.rows);
  }

  /** The slot holding `key` in band `b`, or the empty slot where it would go (linear probing). */
  private find(b: number, key: number): number {
    const keys = this.keys[b] as Uint32Array;
    const heads = this.heads[b] as Int32Array;
    const mask = heads.length - 1;
    let slot = key & mask;
    while (heads[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private node(item: number, next: number): number {
    if (this.nodes === this.nodeItem.length) {
      const size = this.nodes * 2;
      const items = new Int32Array(size);
      items.set(this.nodeItem);
      const nexts = new Int32Array(size);
      nexts.set(this.nodeNext);
      this.nodeItem = items;
      this.nodeNext = nexts;
    }
    this.nodeItem[this.nodes] = item;
    this.nodeNext[this.nodes] = next;
    return this.nodes++;
  }

  private allocate(b: number, capacity: number): void {
    this.keys[b] = new Uint32Array(capacity);
    this.heads[b] = new Int32Array(capacity).fill(-1);
    this.counts[b] = new Uint16Array(capacity);
    this.used[b] = 0;
  }

  private grow(b: number): void {
    const keys = this.keys[b] as Uint32Array;
    const heads = this.heads[b] as Int32Array;
    const counts = this.counts[b] as Uint16Array;
    this.allocate(b, heads.length * 2);
    for (let i = 0; i < heads.length; i++) {
      if (heads[i] === -1) continue;
      const slot = this.find(b, keys[i] as number);
      (this.keys[b] as Uint32Array)[slot] = keys[i] as number;
      (this.heads[b] as Int32Array)[slot] = heads[i] as number;
      (this.counts[b] as Uint16Array)[slot] = counts[i] as number;
      this.used[b] = (this.used[b] as number) + 1;
    }
  }
}
