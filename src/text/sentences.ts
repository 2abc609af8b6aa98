/**
 * Sentence boundaries over tokens. A sentence ends at `.`, `!` or `?` (plus any closing quotes or
 * brackets) when the next token can start a sentence, and always at a paragraph or line break.
 * Abbreviations keep their period inside the token (see tokenize.ts), so `Gen. Soleimani` does
 * not split; an acronym at the end (`the U.S. The …`) splits only before a capitalised word.
 */
import type { Sentence, Token } from '../model/index.ts';

const TERMINAL = new Set(['.', '!', '?', '...', '…']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const ACRONYM = /^(?:\p{L}\.){2,}$/u;
/** Words that start sentences but rarely follow an acronym mid-sentence. */
const STARTERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'In', 'A', 'This', 'That', 'There', 'His', 'Her', 'Its', 'Their', 'On', 'At', 'And', 'As', 'After', 'While', 'When']);

/** ACRONYM.test(word), with the regex run only on words that end in a period and are long enough (most do not). */
function isAcronym(word: string): boolean {
  return word.length >= 4 && word.charCodeAt(word.length - 1) === 46 && ACRONYM.test(word);
}

/** Whether `text` has a line break in `[from, to)` (no slice: this runs between every two tokens). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function canStart(token: Token): boolean {
  return /^[\p{Lu}\p{N}"“‘'«(\[]/u.test(token.text);
}

/** Split `tokens` of `text` into sentences (spans from the first token's start to the last token's end). */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    const a = tokens[first];
    const b = tokens[last];
    if (a && b) sentences.push({ start: a.start, end: b.end });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (!next) break;
    if (hasLineBreak(text, token.end, next.start)) { close(i); continue; }
    let end = i;
    if (TERMINAL.has(token.text) || isAcronym(token.text)) {
      while (tokens[end + 1] && CLOSING.has((tokens[end + 1] as Token).text) && (tokens[end + 1] as Token).start === (tokens[end] as Token).end) end++;
      const after = tokens[end + 1];
      if (!after) break;
      if (hasLineBreak(text, (tokens[end] as Token).end, after.start)) { close(end); i = end; continue; }
      if (after.start === (tokens[end] as Token).end && !CLOSING.has((tokens[end] as Token).text)) continue; // `3.5`, no space
      if (isAcronym(token.text) && end === i ? !STARTERS.has(after.text) : !canStart(after)) continue;
      close(end);
      i = end;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}
