/**
 * Whether indirect content is a proposition (a clause) rather than the object of an act: `said the
 * strikes were in retaliation`, `urged X to leave`, `confirmed that …` report speech; `condemned the
 * strike`, `declared three days of mourning`, `tweeted an image of the flag`, `responded in a series of
 * tweets` do not. Without a parser: a complementiser or question word first, an auxiliary, modal or
 * copula, an infinitive `to` + verb, or a past-tense verb that is not inside a relative clause.
 * Used for `scope: 'speech'` only (PolNeAR's attribution scope keeps these). Developed on the seeds'
 * error list of this shape and checked on PolNeAR train sentences; invented tests in test/nlp/quotes/.
 */
import { CLAUSE_AUXILIARIES, CLAUSE_OPENERS, IRREGULAR_PAST } from './words.ts';

const MIN_WORDS = 2;

/** Words of the content, read one at a time: the answer usually comes within the first few. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function looksLikeClause(content: string): boolean {
  const words: string[] = [];
  const lower: string[] = [];
  WORD.lastIndex = 0; // set again on every call: an early return leaves it mid-content
  let exhausted = false; // (exec starts over from 0 after its last match: never call it again)
  /** Whether word k exists, reading on as far as needed. */
  const has = (k: number): boolean => {
    while (words.length <= k) {
      const m = exhausted ? null : WORD.exec(content);
      if (m === null) {
        exhausted = true;
        return false;
      }
      words.push(m[0]);
      lower.push(m[0].toLowerCase());
    }
    return true;
  };
  if (!has(MIN_WORDS - 1)) return false;
  if (CLAUSE_OPENERS.has(lower[0] ?? '')) return true;
  let relative = false;
  for (let k = 0; has(k); k++) {
    const w = lower[k] as string;
    if (CLAUSE_AUXILIARIES.has(w)) return true;
    if (w === 'to' && has(k + 1) && looksLikeBaseVerb(words[k + 1] ?? '')) return true;
    if (w === 'that' || w === 'which' || w === 'who') { relative = true; continue; }
    // a finite past verb after a subject, not the verb of a relative clause (`the strike that killed X`)
    if (k > 0 && !relative && /^\p{Ll}/u.test(words[k] ?? '') && (IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !DETERMINER_LIKE.has(lower[k - 1] ?? '')))) return true;
  }
  return false;
}

/** After `to`: a lower-case word that is not a plural noun or an adjective (`to leave`, not `to threats`, `to regional`). */
function looksLikeBaseVerb(word: string): boolean {
  if (!/^\p{Ll}/u.test(word) || DETERMINER_LIKE.has(word)) return false;
  return !/(?<![su])s$/.test(word) && !/(al|ous|ful|ic|ern)$/.test(word);
}

/** Words after which an `-ed` word is an adjective (`the alleged attack`) and `to` is a preposition. */
const DETERMINER_LIKE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'all', 'any', 'some', 'more', 'most', 'very', 'so']);
