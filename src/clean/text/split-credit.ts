/**
 * A photo credit glued to the start of a sentence — "Photograph: AP The unmasking of Deep Throat …",
 * "Photograph: Dave Hogan/Getty Call me a fawning capitalist lackey." — is cut off at the credit's last
 * word (a picture desk: AP, Getty, Reuters…); the sentence stays. Without such an ending the line is left whole.
 */
import { CREDIT_ENDINGS, CREDIT_LABEL } from './rules/media.ts';

export interface SplitCredit {
  readonly credit: string;
  readonly rest: string;
}

const MAX_CREDIT_TOKENS = 8;
const NAME_PARTICLES = new Set(['via', 'and', 'for', 'von', 'van', 'der', 'de', 'al', 'el', '/', '&', '|']);

export function splitLeadingCredit(line: string): SplitCredit | null {
  const label = CREDIT_LABEL.exec(line);
  if (label === null) return null;
  const tokens = line.slice(label[0].length).split(' ');
  let end = -1;
  for (let k = 0; k < Math.min(tokens.length, MAX_CREDIT_TOKENS); k++) {
    const token = tokens[k]!;
    if (!isCreditToken(token)) break;
    if (CREDIT_ENDINGS.has(lastSegment(token))) end = k;
  }
  // nothing after the credit: a credit line, which the line rules drop whole
  if (end < 0 || end === tokens.length - 1) return null;
  const rest = tokens.slice(end + 1).join(' ');
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(rest)) return null;
  return { credit: label[0] + tokens.slice(0, end + 1).join(' '), rest };
}

function isCreditToken(token: string): boolean {
  return /^\p{Lu}/u.test(token) || token.includes('/') || NAME_PARTICLES.has(token);
}

/** "Hogan\/Getty" → "Getty"; "AP." → "AP". */
function lastSegment(token: string): string {
  const segments = token.replace(/[.,;:]+$/, '').split(/[\\/]+/);
  return segments[segments.length - 1] ?? '';
}
