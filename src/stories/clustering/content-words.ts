/**
 * Content words and name keys of a document: lower-cased word tokens without stop words, lightly
 * de-pluralised, plus bigrams of adjacent capitalised words (multi-word names); names are capitalised words that do not open a sentence or a line (for headlines,
 * where no name tagger ran, capitalised words have to do). Regex tokens, not src/text's PTB
 * tokenizer: clustering needs no offsets, and this keeps the clusterer usable on bare strings.
 */
import { ABBREVIATIONS } from '../../text/index.ts';
import { STOPWORDS } from './stopwords.ts';

const WORD = /\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;
/** Share of capitalised content words above which a text is taken for Title Case (see README). */
const TITLE_CASE_SHARE = 0.8;
/** A sentence or line break between two words: the next word's capital says nothing about a name. */
const BREAK = /[.!?:;\n"“”|]/;

export interface ContentWords {
  /** Term → count. */
  readonly terms: Map<string, number>;
  /** Name key → count. */
  readonly names: Map<string, number>;
}

/** `economies` → `economy`, `talks` → `talk`; leaves `bus`, `crisis`, `press` alone. */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|os)$/u.test(w)) w = w.slice(0, -1);
  return w;
}

/** Counts the content words and the name keys of `text`. */
export function contentWords(text: string): ContentWords {
  const terms = new Map<string, number>();
  const names = new Map<string, number>();
  let previousEnd = 0;
  let isFirst = true;
  let previousKey: string | null = null;
  let previousWord = '';
  let previousWordKept = '';
  let words = 0;
  let capitalised = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index ?? 0;
    const gap = text.slice(previousEnd, start);
    // `Mt. Gox`, `Gen. Soleimani`: the period of an abbreviation ends no sentence.
    const opensSentence = isFirst || (BREAK.test(gap) && !(gap.trimEnd() === '.' && ABBREVIATIONS.has(previousWord.toLowerCase())));
    previousWord = word;
    previousEnd = start + word.length;
    isFirst = false;
    const key = normaliseWord(word);
    if (key.length < 2 || STOPWORDS.has(key)) {
      previousKey = null;
      continue;
    }
    // Bigrams of adjacent capitalised content words only (`tara reid`, `mt gox`): all bigrams scored the
    // same on the dev files (README) at twice the run time.
    if (previousKey !== null && !opensSentence && CAPITAL.test(word) && CAPITAL.test(previousWordKept)) {
      const bigram = `${previousKey} ${key}`;
      terms.set(bigram, (terms.get(bigram) ?? 0) + 1);
    }
    previousKey = key;
    previousWordKept = word;
    words += 1;
    if (CAPITAL.test(word)) capitalised += 1;
    terms.set(key, (terms.get(key) ?? 0) + 1);
    for (const part of hyphenParts(key)) terms.set(part, (terms.get(part) ?? 0) + 1);
    if (!opensSentence && CAPITAL.test(word)) names.set(key, (names.get(key) ?? 0) + 1);
  }
  return { terms, names: isTitleCase(capitalised, words) ? new Map() : names };
}

/**
 * The parts of a hyphenated word, as terms of their own beside the whole (`chiquita-fyffes` →
 * `chiquita`, `fyffes`), so `Chiquita-Fyffes merger` meets `Chiquita Fyffes deal` (dev: UCI +0.002, ECB+ topic ±0).
 */
export function hyphenParts(key: string): string[] {
  if (!key.includes('-')) return [];
  return key.split('-').map(normaliseWord).filter((part) => part.length >= 2 && !STOPWORDS.has(part));
}

/** A Title-Case headline capitalises (nearly) every word, so its capitals say nothing about names. */
function isTitleCase(capitalised: number, words: number): boolean {
  return words >= 4 && capitalised / words >= TITLE_CASE_SHARE;
}
