/** A half-open `[start, end)` range of UTF-16 code units into a Document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when the span lies inside a text of the given length and is not inverted. */
export function isSpanInBounds(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}
