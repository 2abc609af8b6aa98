/**
 * Noun phrases around a cue, found without a parser: a run of name-like and noun-like tokens
 * bounded by verbs, conjunctions, pronouns and punctuation; a determiner starts a phrase unless a
 * preposition joins it to the run before (`a spokesman for the Pentagon`). Token ranges are inclusive `[first, last]`.
 */
import type { Layout } from './layout.ts';
import { ROLE_NOUNS } from './roles.ts';
import { CUE_MODIFIERS, DETERMINERS, NP_BREAKERS, NP_PREPOSITIONS, SOURCE_PRONOUNS, TIME_WORDS } from './words.ts';

export interface Range {
  readonly first: number;
  readonly last: number;
}

const MAX_NP = 12;

/** A token that can sit inside a noun phrase. */
export function isNounish(layout: Layout, i: number): boolean {
  const w = layout.lower[i];
  if (w === undefined) return false;
  if (w === '’s' || w === "'s" || w === '-' || w === '&') return true;
  if (!/[\p{L}\p{N}]/u.test(w)) return false;
  if (!NP_BREAKERS.has(w)) return true;
  // `US officials`: an upper-case abbreviation is a name, not the pronoun `us`
  return /^\p{Lu}{2,}$/u.test(layout.tokens[i]?.text ?? '');
}

/** Index left of `from` after skipping auxiliaries, adverbs and `on Monday` between subject and cue. */
export function skipModifiersLeft(layout: Layout, from: number, floor: number): number {
  let j = from;
  while (j >= floor) {
    const w = layout.lower[j] ?? '';
    if (CUE_MODIFIERS.has(w) || TIME_WORDS.has(w) || (w.length > 4 && w.endsWith('ly') && !/^\p{Lu}/u.test(layout.tokens[j]?.text ?? ''))) { j--; continue; }
    if ((w === 'on' || w === 'in') && j + 1 <= from && TIME_WORDS.has(layout.lower[j + 1] ?? '')) { j--; continue; }
    break;
  }
  return j;
}

/** The noun phrase ending at token `last` (inclusive), or null. */
export function nounPhraseLeft(layout: Layout, last: number, floor: number): Range | null {
  const w = layout.lower[last] ?? '';
  if ((w === 'them' || w === 'us') && layout.lower[last - 1] === 'of' && last - 2 >= floor) {
    // `most of them said`, `some of us said`
    return { first: last - 2, last };
  }
  if (SOURCE_PRONOUNS.has(w) && !DETERMINERS.has(w)) return { first: last, last };
  if (w === ')') {
    let open = last - 1;
    while (open > floor && open > last - 10 && layout.lower[open] !== '(') open--;
    if (open <= floor || layout.lower[open] !== '(') return null;
    const head = nounPhraseLeft(layout, open - 1, floor);
    return head ? { first: head.first, last } : null;
  }
  if (!isNounish(layout, last)) return null;
  let k = last;
  while (k - 1 >= floor && last - (k - 1) < MAX_NP) {
    if (layout.lower[k - 1] === ')') {
      // `Rep. Gregory Meeks (D-N.Y.) said`: a bracketed note belongs to the phrase
      let open = k - 2;
      while (open >= floor && open > k - 10 && layout.lower[open] !== '(') open--;
      if (open > floor && layout.lower[open] === '(' && isNounish(layout, open - 1)) { k = open - 1; continue; }
      break;
    }
    const prev = k - 1;
    const pw = layout.lower[prev] ?? '';
    // `an adviser to Iran's leader said`, `ambassador to the UN Jane Doe said`: `to` after a role noun joins
    if (pw === 'to' && prev - 1 >= floor && ROLE_NOUNS.has(layout.lower[prev - 1] ?? '') && last - prev < MAX_NP) { k = prev - 1; continue; }
    if (isNounish(layout, prev)) {
      if (DETERMINERS.has(layout.lower[k] ?? '') && !NP_PREPOSITIONS.has(pw)) break; // a determiner starts the phrase
      k = prev;
      continue;
    }
    break;
  }
  // a sentence-initial preposition (`In Iowa Trump said`) is not part of the subject
  while (k < last && NP_PREPOSITIONS.has(layout.lower[k] ?? '')) k++;
  return { first: k, last };
}

/** The noun phrase starting at token `first`, up to `ceiling` (inclusive). */
export function nounPhraseRight(layout: Layout, first: number, ceiling: number): Range | null {
  const w = layout.lower[first] ?? '';
  if (SOURCE_PRONOUNS.has(w) && !DETERMINERS.has(w)) return { first, last: first };
  if (!isNounish(layout, first)) return null;
  let k = first;
  while (k + 1 <= ceiling && k + 1 - first < MAX_NP) {
    const next = k + 1;
    const nw = layout.lower[next] ?? '';
    if (nw === '(') {
      let close = next + 1;
      while (close <= ceiling && close < next + 10 && layout.lower[close] !== ')') close++;
      if (close <= ceiling && layout.lower[close] === ')') { k = close; continue; }
      break;
    }
    if (nw === 'that' || nw === 'to' || nw === 'who' || nw === 'which') break;
    if (isNounish(layout, next) && !(DETERMINERS.has(nw) && !NP_PREPOSITIONS.has(layout.lower[k] ?? ''))) { k = next; continue; }
    break;
  }
  // trailing prepositions are not part of the phrase, and a determiner alone is no phrase
  while (k > first && NP_PREPOSITIONS.has(layout.lower[k] ?? '')) k--;
  if (k === first && DETERMINERS.has(w) && !SOURCE_PRONOUNS.has(w)) return null;
  return { first, last: k };
}
