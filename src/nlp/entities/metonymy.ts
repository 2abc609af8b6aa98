/**
 * Capitals and demonyms used for governments: `Tehran vowed revenge`, `warned Washington` (a capital not
 * used as a location) and `Iranian officials` (a demonym before a state noun) name the country, not the
 * city or the people.
 */
import { GOVERNMENT_NOUNS, LOCATIVE_BEFORE, PLACE_NOUNS_AFTER, ROLE_MODIFIERS, ROLE_NOUNS } from './data/context-words.ts';
import type { DocView } from './doc-view.ts';

const COORDINATION = new Set([',', 'and', 'or', '&']);

/**
 * The token before a list of names ending at `ts` (`to Tehran, Riyadh and Ankara` → `to` for each), so
 * conjuncts share their reading: `between Washington and Tehran`, `sent to Riyadh, Doha and Ankara`.
 */
function beforeList(view: DocView, ts: number): number {
  const floor = view.sentenceStart(ts);
  let i = ts - 1;
  while (i - 1 >= floor && COORDINATION.has(view.words[i] ?? '') && /^\p{Lu}/u.test(view.words[i - 1] ?? '')) {
    let j = i - 1;
    while (j - 1 >= floor && /^\p{Lu}/u.test(view.words[j - 1] ?? '') && !COORDINATION.has(view.words[j - 1] ?? '')) j--;
    if (j === floor) return -1; // the list opens the sentence: its subject
    i = j - 1;
  }
  return i;
}

/**
 * True when the capital spanning tokens `[ts, te)` stands for its government: everywhere except after a
 * locative word (`in`, `to`, `of`, `the` — also for the whole list it is part of) or before a place noun
 * (`Tehran residents`, `Tehran's streets`).
 */
export function capitalNamesState(view: DocView, ts: number, te: number): boolean {
  const next = view.words[te];
  const placeNoun = (w: string | undefined): boolean => {
    const lower = w?.toLowerCase() ?? '';
    return PLACE_NOUNS_AFTER.has(lower) || PLACE_NOUNS_AFTER.has(lower.replace(/s$/, '')) || PLACE_NOUNS_AFTER.has(lower.replace(/es$/, ''));
  };
  // A possessor is not the object of the preposition before it (`support from Washington's allies`).
  if (next === "'s" || next === '’s') return !placeNoun(view.words[te + 1]);
  const before = beforeList(view, ts);
  const prev = before >= view.sentenceStart(ts) ? view.words[before]?.toLowerCase() : undefined;
  if (prev && LOCATIVE_BEFORE.has(prev)) return false;
  return !placeNoun(next);
}

/**
 * True when the demonym spanning `[ts, te)` qualifies a state noun or a title (`Iranian officials`), also
 * through a coordination (`Iranian and Iraqi leaders`: both name governments).
 */
export function demonymNamesState(view: DocView, ts: number, te: number): boolean {
  let at = te;
  const link = view.words[at];
  if ((link === 'and' || link === 'or' || link === ',') && /^\p{Lu}/u.test(view.words[at + 1] ?? '')) {
    const other = view.nameStartingAt(at + 1);
    if (other && other.type === 'NORP') at = other.te;
  }
  const next = view.words[at];
  if (!next) return false;
  if (GOVERNMENT_NOUNS.has(next.toLowerCase())) return true;
  // Capitalised title modifiers may come first (`French Junior Foreign Affairs Minister`).
  while (/^\p{Lu}/u.test(view.words[at] ?? '') && ROLE_MODIFIERS.has((view.words[at] as string).toLowerCase()) && !view.gazetteerStartingAt(at)) at++;
  const title = view.gazetteerStartingAt(at);
  if (title?.kinds.includes('title')) return true;
  const head = view.words[at] ?? '';
  return at > te && /^\p{Lu}/u.test(head) && ROLE_NOUNS.has(head.toLowerCase());
}
