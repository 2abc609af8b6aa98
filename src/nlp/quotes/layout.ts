/** Per-token facts the quote finder reads many times: lower-case text, sentence and paragraph. */
import type { Sentence, Token } from '../../model/index.ts';
import { lowerCaseTokens } from '../../text/lower-case.ts';

export interface Layout {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  /** Sentence number of each token. */
  readonly sentenceOf: Int32Array;
  /** First and last token index of each sentence. */
  readonly sentenceFirst: Int32Array;
  readonly sentenceLast: Int32Array;
  /** Paragraph number of each token (a line break between two tokens starts a new one). */
  readonly paragraphOf: Int32Array;
}

export function buildLayout(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Layout {
  const n = tokens.length;
  const sentenceOf = new Int32Array(n);
  const paragraphOf = new Int32Array(n);
  // every token's index is below `count`, so first and last go straight into the typed arrays
  const count = Math.max(sentences.length, 1);
  const sentenceFirst = new Int32Array(count).fill(-1);
  const sentenceLast = new Int32Array(count).fill(-1);
  let s = 0;
  let paragraph = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && hasLineBreak(text, (tokens[i - 1] as Token).end, t.start)) paragraph++;
    paragraphOf[i] = paragraph;
    while (s < sentences.length && (sentences[s] as Sentence).end <= t.start) s++;
    // tokens outside every sentence (should not happen) join the nearest following sentence
    const index = Math.min(s, Math.max(0, sentences.length - 1));
    sentenceOf[i] = index;
    if (sentenceFirst[index] === -1) sentenceFirst[index] = i;
    sentenceLast[index] = i;
  }
  return { text, tokens, lower: lowerCaseTokens(tokens), sentenceOf, sentenceFirst, sentenceLast, paragraphOf };
}

/** Whether `text` has a `\n` in `[from, to)` (no slice: this runs between every two tokens). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
