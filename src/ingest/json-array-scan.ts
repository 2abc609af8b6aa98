/**
 * Finds the byte range of each item of a top-level JSON array without parsing it, so each record
 * keeps its exact bytes and one bad item does not lose the others. One linear pass; structural
 * characters are ASCII, so scanning UTF-8 bytes is safe (continuation bytes are ≥ 0x80).
 */

export interface ArrayScan {
  readonly items: readonly { readonly start: number; readonly end: number }[];
  /** Why the array is not well-formed at its top level (unterminated, trailing content), if it is not. */
  readonly error: string | null;
}

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

function skipSpace(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && isSpace(bytes[i])) i++;
  return i;
}

/** `open` is the offset of the `[`. */
export function scanJsonArray(bytes: Uint8Array, open: number): ArrayScan {
  const items: { start: number; end: number }[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let itemStart = -1;
  const close = (end: number) => {
    let e = end;
    while (e > itemStart && isSpace(bytes[e - 1])) e--;
    if (itemStart >= 0 && e > itemStart) items.push({ start: itemStart, end: e });
    itemStart = -1;
  };
  for (let i = open + 1; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (inString) {
      if (escaped) escaped = false;
      else if (b === 0x5c) escaped = true;
      else if (b === 0x22) inString = false;
      continue;
    }
    if (itemStart < 0 && !isSpace(b) && b !== 0x2c && !(b === 0x5d && depth === 0)) itemStart = i;
    if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) depth++;
    else if ((b === 0x7d || b === 0x5d) && depth > 0) depth--;
    else if (b === 0x5d) {
      close(i);
      const after = skipSpace(bytes, i + 1);
      return { items, error: after < bytes.length ? `unexpected content after the array at byte ${after}` : null };
    } else if (b === 0x2c && depth === 0) close(i);
  }
  return { items, error: `the array is not closed (the file ends inside ${inString ? 'a string' : 'an item'})` };
}
