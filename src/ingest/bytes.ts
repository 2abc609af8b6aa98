/** Byte-level facts about an input: magic numbers, blankness, binary content, UTF-8 validity. */
import { BINARY_CONTROL_SHARE, BINARY_MAGIC, BINARY_SNIFF_BYTES } from './sniff-patterns.ts';

export function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

export type Bom = 'utf-8' | 'utf-16le' | 'utf-16be';

export function detectBom(bytes: Uint8Array): { readonly encoding: Bom; readonly length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** True when the input holds nothing but ASCII whitespace (and perhaps a UTF-8 BOM). */
export function isBlank(bytes: Uint8Array): boolean {
  const from = detectBom(bytes)?.encoding === 'utf-8' ? 3 : 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}

/** Why the bytes are not text (a NUL byte, too many control characters, a known binary magic), or null. */
export function binaryReason(bytes: Uint8Array): string | null {
  const magic = BINARY_MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return `looks like ${magic.name}, not text`;
  const bom = detectBom(bytes)?.encoding;
  if (bom === 'utf-16le' || bom === 'utf-16be') return null; // UTF-16 text is full of NUL bytes
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b === 0) return `contains a NUL byte at offset ${i}, not text`;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (end > 0 && controls / end > BINARY_CONTROL_SHARE) {
    return `${Math.round((100 * controls) / end)}% of the first ${end} bytes are control characters, not text`;
  }
  return null;
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 when the byte there starts none (RFC 3629 table). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

export interface Utf8Scan {
  /** Bytes that belong to no well-formed UTF-8 sequence. */
  readonly invalidBytes: number;
  readonly firstInvalidOffset: number;
  /** Whether any multi-byte sequence was seen (i.e. the text is not plain ASCII). */
  readonly hasMultiByte: boolean;
}

/** One linear pass; run only when a fatal decode failed or the answer decides between charsets. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let invalidBytes = 0;
  let firstInvalidOffset = -1;
  let hasMultiByte = false;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      if (firstInvalidOffset < 0) firstInvalidOffset = i;
      invalidBytes++;
      i++;
    } else {
      if (n > 1) hasMultiByte = true;
      i += n;
    }
  }
  return { invalidBytes, firstInvalidOffset, hasMultiByte };
}
