/**
 * Which tokens head a cue: a core speech verb form (cue-verbs.ts: `said`, `warned`, `vowed`) always; a
 * word of the learned lexicon (cue-lexicon.ts) when the cue classifier (cue-features.ts with the weights
 * learned from PolNeAR train, cue-weights.ts) scores it above the margin; another hand-listed verb form
 * by its default share. Never after an article or possessive (`the report`, `his claims`) or capitalised
 * mid-sentence (`United States`) outside a Title Case headline. Callers skip tokens inside quotations.
 */
import { CUE_LEXICON } from './cue-lexicon.ts';
import { cueModelScore } from './cue-features.ts';
import { CUE_WEIGHTS } from './cue-weights.ts';
import { CORE_SPEECH_LEMMAS, CUE_LEMMA, CUE_PARTICLES, CUE_VERB_FORMS } from './cue-verbs.ts';
import type { Layout } from './layout.ts';
import type { Range } from './phrases.ts';
import { OPEN_QUOTES } from './words.ts';

/** Articles and possessives before a word make it a noun (`the report`, `his claims`); quantifiers do not (`most said`). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);

/** Lexicon share from which a word counts as a cue (chosen on PolNeAR train). */
export const CUE_THRESHOLD = 0.5;
/** Perceptron score above which a lexicon word is a cue. */
export const MODEL_MARGIN = -0.4;
/** Share given to a hand-listed verb form the lexicon does not know. */
const HAND_LISTED = 0.6;

/** Past, participle and -ing forms: the base and -s forms of a hand-listed verb are often nouns (`state`, `reports`). */
function isUnambiguousForm(word: string): boolean {
  return /(?:ed|ing)$/.test(word) || IRREGULAR_PAST.has(word);
}
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'written']);

export function cueScore(word: string): number {
  return CUE_LEXICON.get(word) ?? (CUE_VERB_FORMS.has(word) && isUnambiguousForm(word) ? HAND_LISTED : 0);
}

/** The cue starting at token i as a token range, or null. */
export function cueAt(layout: Layout, i: number, threshold = CUE_THRESHOLD): Range | null {
  const w = layout.lower[i] ?? '';
  if (w === 'according') return layout.lower[i + 1] === 'to' ? { first: i, last: i + 1 } : null;
  const prev = layout.lower[i - 1] ?? '';
  if (isUnambiguousForm(w) && CORE_SPEECH_LEMMAS.has(CUE_LEMMA.get(w) ?? '')) {
    // core speech verbs (`said`, `warned`, `vowed`) are cues without asking the classifier
  } else if (CUE_LEXICON.has(w)) {
    if (cueModelScore(layout, i, CUE_WEIGHTS) <= MODEL_MARGIN) return null;
  } else if (cueScore(w) < threshold) return null;
  if (ARTICLES.has(prev)) return null;
  const token = layout.tokens[i];
  const sentenceStart = layout.sentenceFirst[layout.sentenceOf[i] ?? 0] === i;
  if (token && /^\p{Lu}/u.test(token.text) && !sentenceStart && !OPEN_QUOTES.has(prev) && prev !== ',' && !isTitleCase(layout, i)) return null;
  // `the report said`: the verb that follows is the cue, not the noun before it
  const next = layout.lower[i + 1] ?? '';
  if (cueScore(next) > cueScore(w) && !CUE_PARTICLES.get(w)?.has(next)) return null;
  const particles = CUE_PARTICLES.get(w);
  if (particles && particles.has(layout.lower[i + 1] ?? '')) return { first: i, last: i + 1 };
  return { first: i, last: i };
}

/** A headline in Title Case (`Trump Says He Will Win`), where a capitalised verb is still a verb. */
function isTitleCase(layout: Layout, i: number): boolean {
  const s = layout.sentenceOf[i] ?? 0;
  const first = layout.sentenceFirst[s] ?? 0;
  const last = layout.sentenceLast[s] ?? 0;
  let words = 0;
  let capitalised = 0;
  for (let k = first; k <= last; k++) {
    const text = layout.tokens[k]?.text ?? '';
    if (!/^\p{L}/u.test(text) || text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(text)) capitalised++;
  }
  return words >= 3 && capitalised >= 0.8 * words;
}
