/**
 * gzip → bytes with zlib. A truncated stream (zlib's "unexpected end of file") is decoded again with
 * Z_SYNC_FLUSH to keep what came before the break; the caller decides what of that part is usable.
 * The output is capped so a small "zip bomb" cannot exhaust memory.
 */
import { constants, gunzipSync } from 'node:zlib';
import { startsWith } from './bytes.ts';
import { GZIP_MAGIC } from './sniff-patterns.ts';
import { formatBytes } from './types.ts';
import type { Note } from './types.ts';

export type Gunzipped =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly truncated: boolean }
  | { readonly ok: false; readonly note: Note };

export function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, GZIP_MAGIC);
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

export function gunzip(bytes: Uint8Array, maxOutputBytes: number): Gunzipped {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxOutputBytes }), truncated: false };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      return { ok: false, note: { code: 'too-large', reason: `decompresses to more than the limit of ${formatBytes(maxOutputBytes)}` } };
    }
    if (code === 'Z_BUF_ERROR') return salvage(bytes, maxOutputBytes);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, note: { code: 'invalid-gzip', reason: `not a readable gzip stream (${message})` } };
  }
}

function salvage(bytes: Uint8Array, maxOutputBytes: number): Gunzipped {
  try {
    const part = gunzipSync(bytes, { maxOutputLength: maxOutputBytes, finishFlush: constants.Z_SYNC_FLUSH });
    if (part.length > 0) return { ok: true, bytes: part, truncated: true };
  } catch {
    // nothing usable before the break either
  }
  return { ok: false, note: { code: 'truncated-gzip', reason: 'the gzip stream ends early (truncated download?) and nothing before the break could be decoded' } };
}

/** A small prefix of the decompressed content, for sniffing the format without inflating everything. */
/** Null when not even a prefix decodes. */
export function gunzipPrefix(bytes: Uint8Array): Uint8Array | null {
  // Deflate expands at most ~1032:1, so 512 compressed bytes always fit the cap; 8 KB usually do.
  for (const compressedBytes of [8192, 512]) {
    try {
      return gunzipSync(bytes.subarray(0, compressedBytes), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1024 * 1024 });
    } catch {
      // too much output from this prefix, or not gzip at all: try the shorter prefix
    }
  }
  return null;
}
