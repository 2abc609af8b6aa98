/**
 * Reads one number starting at a token: digits (`3,000`, `4.5`, `1.5bn`), spelled cardinals
 * (`three`, `twenty-five`, `two hundred`), `a million`, `half a million`, each with any scale
 * words after it (`1.5 billion`). Dates, ordinals, decades and clock times never parse here:
 * the tokenizer keeps `10:30`, `5th` and `1990s` whole, and those shapes are rejected.
 */
import type { Token } from '../../model/index.ts';
import { CARDINALS, GLUED_SCALES, SCALES } from './data/number-words.ts';
import { GLUED_UNITS, type UnitEntry } from './data/units.ts';

export interface Numeral {
  /** First and last token index (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly value: number;
  /** The value before any scale word (`1.5` in `1.5 billion`): a range's lower end shares the upper's scale. */
  readonly base: number;
  /** True when written in words (`three`): those get stricter checks. */
  readonly spelled: boolean;
  /** True when any scale word multiplied it (`3 million`): then it is no year. */
  readonly scaled: boolean;
  /** A unit glued to the digits (`10km`). */
  readonly gluedUnit?: UnitEntry;
}

const PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const GLUED = /^(\d+(?:\.\d+)?)(bn|m|km|kg)$/;

/** Multiplies without binary noise (`1.15 * 1e9`). */
function times(a: number, b: number): number {
  return Number((a * b).toPrecision(12));
}

function digitValue(text: string): { value: number; scale?: number; unit?: UnitEntry } | null {
  if (PLAIN.test(text)) {
    if (text.length > 1 && text.startsWith('0') && !text.startsWith('0.')) return null; // `0100`: a code or a clock
    return { value: Number(text.replace(/,/g, '')) };
  }
  const glued = GLUED.exec(text);
  if (glued && glued[1] && glued[2]) {
    const value = Number(glued[1]);
    const scale = GLUED_SCALES.get(glued[2]);
    if (scale !== undefined) return { value, scale };
    const unit = GLUED_UNITS.get(glued[2]);
    if (unit) return { value, unit };
  }
  return null;
}

/** `twenty-five` → 25; `three` → 3; `dozen` only after `a`. */
function wordValue(lower: string): number | null {
  if (lower === 'dozen') return null;
  const direct = CARDINALS.get(lower);
  if (direct !== undefined) return direct;
  const parts = lower.split('-');
  if (parts.length === 2 && parts[0] && parts[1]) {
    const tens = CARDINALS.get(parts[0]);
    const unit = CARDINALS.get(parts[1]);
    if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit > 0 && unit < 10) return tens + unit;
  }
  return null;
}

/** The number that starts at token `i` (not reading past `end`), or null. `lower` is the lower-cased token texts. */
export function readNumeral(tokens: readonly Token[], lower: readonly string[], i: number, end: number): Numeral | null {
  const token = tokens[i];
  const word = lower[i];
  if (!token || word === undefined) return null;
  let value: number;
  let last = i;
  let spelled = false;
  let scaled = false;
  let gluedUnit: UnitEntry | undefined;
  let base: number;

  // Cheap first-character test: this runs on every token of the document.
  const code = word.charCodeAt(0);
  const isDigit = code >= 48 && code <= 57;
  if (!isDigit && word !== 'a' && word !== 'an' && word !== 'half' && !CARDINALS.has(word) && !word.includes('-')) return null;
  const digits = isDigit ? digitValue(word) : null;
  if (digits) {
    value = digits.value;
    base = value;
    if (digits.scale !== undefined) { value = times(value, digits.scale); scaled = true; }
    gluedUnit = digits.unit;
  } else if ((word === 'a' || word === 'an') && i + 1 < end) {
    // `a million`, `a hundred`, `a dozen`
    const next = lower[i + 1] ?? '';
    const scale = next === 'dozen' ? 12 : SCALES.get(next);
    if (scale === undefined) return null;
    value = scale;
    base = 1;
    last = i + 1;
    spelled = true;
    scaled = next !== 'dozen';
  } else if (word === 'half' && lower[i + 1] === 'a' && i + 2 < end && SCALES.has(lower[i + 2] ?? '')) {
    value = times(0.5, SCALES.get(lower[i + 2] ?? '') ?? 0);
    base = 0.5;
    last = i + 2;
    spelled = true;
    scaled = true;
  } else {
    const spelledValue = wordValue(word);
    if (spelledValue === null) return null;
    value = spelledValue;
    base = value;
    spelled = true;
  }

  // Scale words after the core: `1.5 billion`, `two hundred thousand`.
  if (!gluedUnit) {
    while (last + 1 < end) {
      // `3.5 m rupees`: a lone `m` before a word is a million (before anything else it stays metres).
      const next = lower[last + 1] ?? '';
      const scale = next === 'm' ? (/^\p{L}/u.test(lower[last + 2] ?? '') && !scaled ? 1e6 : undefined) : SCALES.get(next);
      if (scale === undefined || (scale === 100 && value >= 100)) break;
      value = times(value, scale);
      last++;
      scaled = true;
    }
  }
  return { first: i, last, value, base, spelled, scaled, ...(gluedUnit ? { gluedUnit } : {}) };
}
