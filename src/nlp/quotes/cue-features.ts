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

/** Features of token i as strings. */
export function cueFeatures(layout: Layout, i: number): string[] {
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
  return [
    'b',
    `w=${w}`,
    `lex=${Math.round(share * 10)}`,
    `p1=${PRONOUNS.has(p1) || DETERMINERS.has(p1) || CUE_MODIFIERS.has(p1) ? p1 : pc}`,
    `n1=${n1 === 'that' || n1 === 'to' || PREPOSITIONS.has(n1) ? n1 : nc}`,
    `pc=${pc}`,
    `nc=${nc}`,
    `nc2=${nc}|${n2c}`,
    `subj=${subj}`,
    `w|nc=${w}|${nc}`,
    `w|pc=${w}|${pc}`,
    `w|subj=${w}|${subj}`,
    `w|n1=${w}|${n1 === 'that' || n1 === 'to' || PREPOSITIONS.has(n1) ? n1 : nc}`,
    `pos=${pos}`,
    `w|pos=${w}|${pos}`,
    `suf=${w.slice(-3)}`,
    `suf|nc=${w.slice(-3)}|${nc}`,
    `cap=${/^\p{Lu}/u.test(layout.tokens[i]?.text ?? '') ? 1 : 0}|${pos}`,
  ];
}

/** Perceptron score of token i under `weights`. */
export function cueModelScore(layout: Layout, i: number, weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const f of cueFeatures(layout, i)) sum += weights.get(f) ?? 0;
  return sum;
}
