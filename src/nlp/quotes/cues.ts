/**
 * Which tokens head a cue: a core speech verb form (cue-verbs.ts: `said`, `warned`, `vowed`) always; a
 * word of the learned lexicon (cue-lexicon.ts) when the cue classifier (cue-features.ts with the weights
 * learned from PolNeAR train, cue-weights.ts) scores it above the margin; another hand-listed verb form
 * by its default share. Never after an article or possessive (`the report`, `his claims`) or capitalised
 * mid-sentence (`United States`) outside a Title Case headline. Callers skip tokens inside quotations.
 */
import { CUE_LEXICON } from './cue-lexicon.ts';
import { startsLetter, startsUpper } from './char-class.ts';
import { compileCueModel } from './cue-model.ts';
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

/** The learned classifier, compiled once at load. */
const scoreCueModel = compileCueModel(CUE_WEIGHTS);

/** Past, participle and -ing forms: the base and -s forms of a hand-listed verb are often nouns (`state`, `reports`). */
function isUnambiguousForm(word: string): boolean {
  return word.endsWith('ed') || word.endsWith('ing') || IRREGULAR_PAST.has(word);
}
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'written']);

export function cueScore(word: string): number {
  return CUE_LEXICON.get(word) ?? (CUE_VERB_FORMS.has(word) && isUnambiguousForm(word) ? HAND_LISTED : 0);
}

/** What cueAt needs to know about a word alone, worked out once at load (cueAt runs on every token). */
interface CueWord {
  /** A core speech verb form: a cue without asking the classifier. */
  readonly core: boolean;
  readonly inLexicon: boolean;
  readonly score: number;
}

function describe(w: string): CueWord {
  return { core: isUnambiguousForm(w) && CORE_SPEECH_LEMMAS.has(CUE_LEMMA.get(w) ?? ''), inLexicon: CUE_LEXICON.has(w), score: cueScore(w) };
}

/**
 * Every word the lexicon or the verb lists know, described. Any other word is no core verb (it has no
 * lemma), not in the lexicon and scores 0 — unless the empty lemma were a core one, checked here.
 */
const CUE_WORDS = new Map<string, CueWord>([...CUE_LEXICON.keys(), ...CUE_VERB_FORMS, ...CUE_LEMMA.keys()].map((w) => [w, describe(w)]));
const UNKNOWN_WORD: CueWord | null = CORE_SPEECH_LEMMAS.has('') ? null : { core: false, inLexicon: false, score: 0 };

function cueWord(w: string): CueWord {
  return CUE_WORDS.get(w) ?? UNKNOWN_WORD ?? describe(w);
}

/** The cue starting at token i as a token range, or null. */
export function cueAt(layout: Layout, i: number, threshold = CUE_THRESHOLD): Range | null {
  const w = layout.lower[i] ?? '';
  if (w === 'according') return layout.lower[i + 1] === 'to' ? { first: i, last: i + 1 } : null;
  const prev = layout.lower[i - 1] ?? '';
  const word = cueWord(w);
  // core speech verbs (`said`, `warned`, `vowed`) are cues without asking the classifier; lexicon words
  // ask it, last of all below (every test here only rejects, and the classifier is the dearest one)
  if (!word.core && !word.inLexicon && word.score < threshold) return null;
  if (ARTICLES.has(prev)) return null;
  const token = layout.tokens[i];
  const sentenceStart = layout.sentenceFirst[layout.sentenceOf[i] ?? 0] === i;
  if (token && startsUpper(token.text) && !sentenceStart && !OPEN_QUOTES.has(prev) && prev !== ',' && !isTitleCase(layout, i)) return null;
  // `the report said`: the verb that follows is the cue, not the noun before it
  const next = layout.lower[i + 1] ?? '';
  if (cueWord(next).score > word.score && !CUE_PARTICLES.get(w)?.has(next)) return null;
  if (!word.core && word.inLexicon && scoreCueModel(layout, i) <= MODEL_MARGIN) return null;
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
    if (!startsLetter(text) || text.length < 4) continue;
    words++;
    if (startsUpper(text)) capitalised++;
  }
  return words >= 3 && capitalised >= 0.8 * words;
}
