/**
 * 32-bit hashing with Math.imul, no allocation: FNV-1a for words, murmur3's finaliser to mix.
 * Shingle and MinHash values only need to be well spread, not cryptographic.
 */

/** murmur3's fmix32: a bijection on 32-bit integers that spreads every input bit over the output. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `s`, mixed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** Combines a running hash with the next value (order matters: `a b` and `b a` differ). */
export function combine(h: number, value: number): number {
  return mix32(Math.imul(h ^ value, 0x9e3779b1) + 0x7f4a7c15);
}
