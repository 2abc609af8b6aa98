/** Peeks at the words around a match, for rules whose reading depends on a neighbour. */

/** The word just before the match, lower case ('' at the start). */
export function wordBefore(match: RegExpExecArray): string {
  const head = match.input.slice(Math.max(0, match.index - 30), match.index);
  const found = /([\w'’$£€%#.]+)\s*$/.exec(head);
  return found ? found[1]!.toLowerCase() : '';
}

/** The word just after the match, as written ('' at the end). */
export function wordAfter(match: RegExpExecArray): string {
  const tail = match.input.slice(match.index + match[0].length, match.index + match[0].length + 30);
  const found = /^\s*([\w'’%$]+)/.exec(tail);
  return found ? found[1]! : '';
}
