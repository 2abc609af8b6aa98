/**
 * The export counts offsets in Unicode code points (EXPORT.md) so that `text[start:end]` works in
 * Python; inside the program they are UTF-16 code units. Texts without astral characters (almost
 * all news) map one to one, and pay nothing.
 */
export type OffsetConverter = (utf16Offset: number) => number;

export function codePointOffsets(text: string): OffsetConverter {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const table = new Uint32Array(text.length + 1);
  let codePoints = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = codePoints;
    const unit = text.charCodeAt(i);
    const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length;
    if (isHighSurrogate) table[++i] = codePoints; // the low half belongs to the same code point
    codePoints++;
  }
  table[text.length] = codePoints;
  return (offset) => table[offset] ?? codePoints;
}
