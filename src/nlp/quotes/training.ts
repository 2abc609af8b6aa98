/** What the cue classifier's trainer (src/eval/quotes/train-cue-model.ts) needs: the candidates of a text and their features. */
import type { Sentence, Token } from '../../model/index.ts';
import { CUE_LEXICON } from './cue-lexicon.ts';
import { cueFeatures } from './cue-features.ts';
import { buildLayout } from './layout.ts';
import { findQuoteMarks } from './quote-marks.ts';

export interface CueCandidate {
  /** Token index. */
  readonly token: number;
  readonly features: string[];
}

/** Tokens outside quotations whose word is in the learned lexicon, with their classifier features. */
export function cueCandidates(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): CueCandidate[] {
  const layout = buildLayout(text, tokens, sentences);
  const inQuote = new Uint8Array(tokens.length);
  for (const q of findQuoteMarks(text, tokens, layout.paragraphOf)) inQuote.fill(1, q.open, q.close + 1);
  const out: CueCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!inQuote[i] && CUE_LEXICON.has(layout.lower[i] ?? '')) out.push({ token: i, features: cueFeatures(layout, i) });
  }
  return out;
}
