/**
 * The tagger's weights and their file format (`models/ner/ner-v1.bin.gz`).
 *
 * File = gzip of: `NER1` magic, then four length-prefixed (uint32 LE) sections:
 *   1. header JSON ({ version, tags, scale, gazetteer, meta });
 *   2. feature names, `\n`-separated, sorted (sorting helps gzip);
 *   3. word clusters, `word\tbits` lines;
 *   4. weights: for each feature in section-2 order, one byte `n` then `n` pairs (tag index uint8,
 *      weight int16 LE); the real weight is `value * scale`. Features whose weights all quantise
 *      to 0 are dropped when writing.
 * Parsing is pure (zlib only); the caller reads the file.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export interface NerModel {
  readonly version: string;
  /** Class names in weight-column order (`O`, `B-PERSON`, `I-PERSON`, …). */
  readonly tags: readonly string[];
  /** Feature name → row. */
  readonly features: ReadonlyMap<string, number>;
  /** Row-major `features.size × tags.length`. */
  readonly weights: Float32Array;
  /** Word → cluster bit string. */
  readonly clusters: ReadonlyMap<string, string>;
  /** True when the model was trained with gazetteer-label features (the caller must then supply them). */
  readonly gazetteer: boolean;
  /**
   * Decoding direction. `rtl` tags each sentence right to left, so a name's head words are decided
   * before the words in front of it (OntoNotes puts `the` inside many ORG/FAC names).
   */
  readonly direction: 'ltr' | 'rtl';
  /** Free-form training facts (data, epochs, figures). */
  readonly meta: Readonly<Record<string, unknown>>;
}

const MAGIC = 'NER1';

interface Header {
  version: string;
  tags: string[];
  scale: number;
  gazetteer: boolean;
  direction?: 'ltr' | 'rtl';
  meta: Record<string, unknown>;
}

export function serializeNerModel(model: NerModel, options: { readonly minWeight?: number } = {}): Uint8Array {
  const T = model.tags.length;
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 32767 || 1;
  const minWeight = options.minWeight ?? 0;
  const names = [...model.features.keys()].sort();
  const kept: string[] = [];
  const chunks: number[] = [];
  for (const name of names) {
    const row = model.features.get(name)!;
    const pairs: number[] = [];
    for (let t = 0; t < T; t++) {
      const w = model.weights[row * T + t]!;
      if (Math.abs(w) < minWeight) continue;
      const q = Math.round(w / scale);
      if (q !== 0) pairs.push(t, q);
    }
    if (pairs.length === 0) continue;
    kept.push(name);
    chunks.push(pairs.length / 2);
    for (let p = 0; p < pairs.length; p += 2) {
      const q = pairs[p + 1]!;
      chunks.push(pairs[p]!, q & 0xff, (q >> 8) & 0xff);
    }
  }
  const header: Header = { version: model.version, tags: [...model.tags], scale, gazetteer: model.gazetteer, direction: model.direction, meta: { ...model.meta } };
  const clusterLines = [...model.clusters.entries()].map(([w, b]) => `${w}\t${b}`).join('\n');
  const sections = [Buffer.from(JSON.stringify(header), 'utf8'), Buffer.from(kept.join('\n'), 'utf8'), Buffer.from(clusterLines, 'utf8'), Buffer.from(Uint8Array.from(chunks))];
  const parts: Buffer[] = [Buffer.from(MAGIC, 'ascii')];
  for (const s of sections) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(s.length, 0);
    parts.push(len, s);
  }
  return new Uint8Array(gzipSync(Buffer.concat(parts), { level: 9 }));
}

/** Parses a weights file's bytes (as written by `serializeNerModel`). Throws on a malformed file. */
export function parseNerModel(data: Uint8Array): NerModel {
  const raw = gunzipSync(data);
  if (raw.subarray(0, 4).toString('ascii') !== MAGIC) throw new Error('parseNerModel: not an NER1 weights file');
  let at = 4;
  const section = (): Buffer => {
    if (at + 4 > raw.length) throw new Error('parseNerModel: truncated file');
    const len = raw.readUInt32LE(at);
    at += 4;
    if (at + len > raw.length) throw new Error('parseNerModel: truncated file');
    const s = raw.subarray(at, at + len);
    at += len;
    return s;
  };
  const header = JSON.parse(section().toString('utf8')) as Header;
  if (header.tags[0] !== 'O') throw new Error('parseNerModel: the first class must be O');
  const namesText = section().toString('utf8');
  const names = namesText.length === 0 ? [] : namesText.split('\n');
  const clusterText = section().toString('utf8');
  const clusters = new Map<string, string>();
  if (clusterText.length > 0) {
    for (const line of clusterText.split('\n')) {
      const tab = line.indexOf('\t');
      clusters.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const bytes = section();
  const T = header.tags.length;
  const weights = new Float32Array(names.length * T);
  const features = new Map<string, number>();
  let p = 0;
  for (let row = 0; row < names.length; row++) {
    features.set(names[row]!, row);
    const n = bytes[p++]!;
    for (let k = 0; k < n; k++) {
      const t = bytes[p]!;
      const q = (bytes[p + 1]! | (bytes[p + 2]! << 8)) << 16 >> 16;
      p += 3;
      weights[row * T + t] = q * header.scale;
    }
  }
  if (p !== bytes.length) throw new Error('parseNerModel: weight section does not match the feature list');
  return { version: header.version, tags: header.tags, features, weights, clusters, gazetteer: header.gazetteer, direction: header.direction ?? 'ltr', meta: header.meta };
}
