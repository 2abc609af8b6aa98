/**
 * Splits an (uncompressed) WARC into its records by their Content-Length, before warcio sees them.
 * warcio loops forever on a record cut short (its skip of the missing bytes never ends), so only
 * whole records are handed to it; a cut or unframed record is reported here instead. Linear.
 */

export interface WarcSplit {
  /** Each record's bytes: header block and content block, without the trailing blank lines. */
  readonly records: Uint8Array[];
  /** Why reading stopped early, naming the 1-based record; `cut` when the data simply ends inside it. */
  readonly error: { readonly index: number; readonly reason: string; readonly cut: boolean } | null;
}

const MAX_HEADER_BYTES = 64 * 1024;
const CONTENT_LENGTH = /^content-length[ \t]*:[ \t]*(\d+)[ \t]*\r?$/im;
const VERSION_LINE = /^WARC\/\d+\.\d+\r?\n/;

/** The offset just past the blank line that ends the header block at `from`, or -1. */
function headerEnd(bytes: Uint8Array, from: number): number {
  const limit = Math.min(bytes.length, from + MAX_HEADER_BYTES);
  for (let line = from; line < limit; ) {
    const newline = bytes.indexOf(0x0a, line);
    if (newline < 0 || newline >= limit) return -1;
    if (newline === line || (newline === line + 1 && bytes[line] === 0x0d)) return newline + 1;
    line = newline + 1;
  }
  return -1;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

export function splitWarc(bytes: Uint8Array): WarcSplit {
  const records: Uint8Array[] = [];
  let pos = 0;
  for (let index = 1; ; index++) {
    while (pos < bytes.length && (bytes[pos] === 0x0d || bytes[pos] === 0x0a)) pos++;
    if (pos >= bytes.length) return { records, error: null };
    const fail = (reason: string, cut = false) => ({ records, error: { index, reason, cut } });
    if (!VERSION_LINE.test(latin1(bytes, pos, Math.min(bytes.length, pos + 16)))) return fail('does not start with a WARC/1.x line');
    const blockStart = headerEnd(bytes, pos);
    if (blockStart < 0) {
      return bytes.length - pos < MAX_HEADER_BYTES ? fail('the data ends inside its header', true) : fail('its header has no end');
    }
    const length = CONTENT_LENGTH.exec(latin1(bytes, pos, blockStart));
    if (!length) return fail('has no Content-Length header');
    const blockEnd = blockStart + Number(length[1]);
    if (blockEnd > bytes.length) {
      return fail(`is cut: Content-Length is ${length[1]} but only ${bytes.length - blockStart} bytes remain`, true);
    }
    records.push(bytes.subarray(pos, blockEnd));
    pos = blockEnd;
  }
}
