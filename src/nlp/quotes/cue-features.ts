/**
 * Context features of a cue candidate, shared by the trainer (src/eval/quotes/train-cue-model.ts)
 * and the scorer (cues.ts): the word, its lexicon share, its neighbours and their classes.
 */
import { CUE_LEXICON } from './cue-lexicon.ts';
import { startsLetter, startsNumber, startsUpper } from './char-class.ts';
import type { Layout } from './layout.ts';
import { CLOSE_QUOTES, CUE_MODIFIERS, DETERMINERS, OPEN_QUOTES, TERMINALS } from './words.ts';

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'as', 'into', 'over']);

/**
 * The class of each closed-class word, the first listed winning (as the tests in wordClass once ran):
 * one Map probe instead of a chain of Set probes. Open quotes are `QUOTE` here and `QOPEN` where the
 * caller asks (`quoteOpen`).
 */
const CLOSED_CLASS = new Map<string, string>();
for (const [cls, words] of [
  ['THAT', ['that']], ['TO', ['to']], ['COMMA', [',']], ['COLON', [':']], ['TERM', TERMINALS],
  ['QUOTE', [...OPEN_QUOTES, ...CLOSE_QUOTES]], ['PRON', PRONOUNS], ['DET', DETERMINERS], ['PREP', PREPOSITIONS], ['MOD', CUE_MODIFIERS],
] as const) {
  for (const w of words) if (!CLOSED_CLASS.has(w)) CLOSED_CLASS.set(w, cls);
}

function wordClass(layout: Layout, k: number, quoteOpen: boolean): string {
  const w = layout.lower[k];
  if (w === undefined) return 'EDGE';
  const closed = CLOSED_CLASS.get(w);
  if (closed !== undefined) return closed === 'QUOTE' && quoteOpen && OPEN_QUOTES.has(w) ? 'QOPEN' : closed;
  if (startsNumber(w)) return 'NUM';
  if (startsUpper(layout.tokens[k]?.text ?? '')) return 'CAP';
  if (startsLetter(w)) return w.endsWith('ly') ? 'ADV' : 'LOW';
  return 'PUNCT';
}

/** Features of token i as strings (for the trainer). */
export function cueFeatures(layout: Layout, i: number): string[] {
  const out: string[] = [];
  visitCueFeatures(layout, i, (f) => { out.push(f); });
  return out;
}

/**
 * Perceptron score of token i under `weights` with the feature strings built and looked up one by one
 * (reference for tests; the stage uses `compileCueModel` in cue-model.ts, which gives the same sums).
 */
export function cueModelScore(layout: Layout, i: number, weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  visitCueFeatures(layout, i, (f) => { sum += weights.get(f) ?? 0; });
  return sum;
}

/** The parts the features of one token are made of; `visitCueFeatures` spells them as strings. */
export interface CueContext {
  /** The word, lower-cased. */
  readonly w: string;
  /** `p1`: the previous word when a pronoun, determiner or modifier, else its class. */
  readonly p1: string;
  /** `n1`: the next word when `that`, `to` or a preposition, else its class. */
  readonly next: string;
  readonly pc: string;
  readonly nc: string;
  readonly n2c: string;
  readonly subj: string;
  /** Position in the sentence: F(irst), L(ast two) or M(iddle). */
  readonly pos: 'F' | 'L' | 'M';
  /** Whether the token as written starts with a capital. */
  readonly cap: boolean;
}

export function cueContext(layout: Layout, i: number): CueContext {
  const w = layout.lower[i] ?? '';
  const p1 = layout.lower[i - 1] ?? '<s>';
  const n1 = layout.lower[i + 1] ?? '</s>';
  const pc = wordClass(layout, i - 1, false);
  const nc = wordClass(layout, i + 1, true);
  const n2c = wordClass(layout, i + 2, true);
  let j = i - 1;
  while (j >= 0 && (CUE_MODIFIERS.has(layout.lower[j] ?? '') || (layout.lower[j] ?? '').endsWith('ly'))) j--;
  const subj = wordClass(layout, j, false);
  const s = layout.sentenceOf[i] ?? 0;
  const first = layout.sentenceFirst[s] ?? 0;
  const last = layout.sentenceLast[s] ?? 0;
  const pos = i === first ? 'F' : i >= last - 1 ? 'L' : 'M';
  const next = n1 === 'that' || n1 === 'to' || PREPOSITIONS.has(n1) ? n1 : nc;
  return {
    w,
    p1: PRONOUNS.has(p1) || DETERMINERS.has(p1) || CUE_MODIFIERS.has(p1) ? p1 : pc,
    next, pc, nc, n2c, subj, pos,
    cap: startsUpper(layout.tokens[i]?.text ?? ''),
  };
}

/** The lexicon-share bucket of word `w` (the `lex=` feature). */
export function lexBucket(w: string): number {
  return Math.round((CUE_LEXICON.get(w) ?? 0) * 10);
}

/** The suffix feature of word `w`. */
export function suffixOf(w: string): string {
  return w.slice(-3);
}

/**
 * Calls `visit` with each feature of token i, in a fixed order. Feature names are `template=value`;
 * a value joins its parts with `|`, and only its first part can be a word (cue-model.ts relies on this).
 */
function visitCueFeatures(layout: Layout, i: number, visit: (feature: string) => void): void {
  const { w, p1, next, pc, nc, n2c, subj, pos, cap } = cueContext(layout, i);
  const suffix = suffixOf(w);
  visit('b');
  visit(`w=${w}`);
  visit(`lex=${lexBucket(w)}`);
  visit(`p1=${p1}`);
  visit(`n1=${next}`);
  visit(`pc=${pc}`);
  visit(`nc=${nc}`);
  visit(`nc2=${nc}|${n2c}`);
  visit(`subj=${subj}`);
  visit(`w|nc=${w}|${nc}`);
  visit(`w|pc=${w}|${pc}`);
  visit(`w|subj=${w}|${subj}`);
  visit(`w|n1=${w}|${next}`);
  visit(`pos=${pos}`);
  visit(`w|pos=${w}|${pos}`);
  visit(`suf=${suffix}`);
  visit(`suf|nc=${suffix}|${nc}`);
  visit(`cap=${cap ? 1 : 0}|${pos}`);
}
