/**
 * A crude, fast suffix stripper shared by the features and the cue lexicon, so that
 * `attacked`, `attacks`, `attacking` and `attack` meet on one key (`attack`). Not a linguistic
 * lemmatiser: it only has to map a word and its inflections to the same string, cheaply.
 */
import { WordTable } from '../../text/word-table.ts';

const DOUBLE_END = /([bcdfghjklmnpqrstvwxz])\1$/;

/**
 * Words recur across sentences and documents: remember their stems (cleared when it grows large, so
 * memory stays bounded). A `WordTable`, not a `Map`: callers pass token texts, new strings each
 * document, whose hash a `Map` would have V8 compute in the runtime (word-table.ts).
 */
const memo = new WordTable<string>(200_000, 1 << 17);

export function stem(word: string): string {
  let known = memo.get(word);
  if (known === undefined) memo.add(word, (known = stemUncached(word)));
  return known;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length <= 3) return w;
  // after -ed/-ing the stem keeps its own final e (`agreed` → `agre`, like `agree` → `agre`)
  let keepE = false;
  if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) (w = w.slice(0, -2)), (keepE = true);
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (!keepE && w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w.replace(DOUBLE_END, '$1');
}
