/** Word shapes: capitalisation and digit patterns are the strongest cue for names after the word itself. */

function classOf(code: number, ch: string): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  if (ch.toLowerCase() !== ch) return 'X';
  if (ch.toUpperCase() !== ch) return 'x';
  return /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'x' : ch;
}

/** `Soleimani` → `Xx`, `U.S.` → `X.X.`, `F-16s` → `X-dx`, `2020` → `d`: character classes with runs collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = classOf(word.charCodeAt(i), word[i] as string);
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}
