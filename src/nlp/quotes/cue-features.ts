/**
 * Context features of a cue candidate, shared by the trainer (src/eval/quotes/train-cue-model.ts)
 * and the scorer (cues.ts): the word, its lexicon share, its neighbours and their classes.
 */
import { CUE_LEXICON } from './cue-lexicon.ts';
import type { Layout } from './layout.ts';
import { CLOSE_QUOTES, CUE_MODIFIERS, DETERMINERS, OPEN_QUOTES, TERMINALS } from './words.ts';

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'as', 'into', 'over']);

function wordClass(layout: Layout, k: number, quoteOpen: boolean): string {
  const w = layout.lower[k];
  if (w === undefined) return 'EDGE';
  if (w === 'that') return 'THAT';
  if (w === 'to') return 'TO';
  if (w === ',') return 'COMMA';
  if (w === ':') return 'COLON';
  if (TERMINALS.has(w)) return 'TERM';
  if (quoteOpen && OPEN_QUOTES.has(w)) return 'QOPEN';
  if (CLOSE_QUOTES.has(w) || OPEN_QUOTES.has(w)) return 'QUOTE';
  if (PRONOUNS.has(w)) return 'PRON';
  if (DETERMINERS.has(w)) return 'DET';
  if (PREPOSITIONS.has(w)) return 'PREP';
  if (CUE_MODIFIERS.has(w)) return 'MOD';
  if (/^\p{N}/u.test(w)) return 'NUM';
  if (/^\p{Lu}/u.test(layout.tokens[k]?.text ?? '')) return 'CAP';
  if (/^\p{L}/u.test(w)) return w.endsWith('ly') ? 'ADV' : 'LOW';
  return 'PUNCT';
}

/** Features of token i as strings (for the trainer). */
export function cueFeatures(layout: Layout, i: number): string[] {
  const out: string[] = [];
  visitCueFeatures(layout, i, (f) => { out.push(f); });
  return out;
}

/** Perceptron score of token i under `weights` (no feature array: this runs for every candidate). */
export function cueModelScore(layout: Layout, i: number, weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  visitCueFeatures(layout, i, (f) => { sum += weights.get(f) ?? 0; });
  return sum;
}

/** Calls `visit` with each feature of token i, in a fixed order. */
function visitCueFeatures(layout: Layout, i: number, visit: (feature: string) => void): void {
  const w = layout.lower[i] ?? '';
  const share = CUE_LEXICON.get(w) ?? 0;
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
  const suffix = w.slice(-3);
  visit('b');
  visit(`w=${w}`);
  visit(`lex=${Math.round(share * 10)}`);
  visit(`p1=${PRONOUNS.has(p1) || DETERMINERS.has(p1) || CUE_MODIFIERS.has(p1) ? p1 : pc}`);
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
  visit(`cap=${/^\p{Lu}/u.test(layout.tokens[i]?.text ?? '') ? 1 : 0}|${pos}`);
}
