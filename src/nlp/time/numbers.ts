/** Reads the amount of a duration or shift: digits, number words, `a`, or a vague word (→ null = `X`). */
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './lexicon.ts';

/** The number an amount states; null when it is vague (`several`, `a few`) and TimeML writes `X`. */
export function readAmount(raw: string): number | null {
  let text = raw.toLowerCase().trim();
  let extra = 0;
  if (text.endsWith(' and a half')) {
    extra = 0.5;
    text = text.slice(0, -' and a half'.length);
  }
  if (/^[\d,.]+$/.test(text)) return Number(text.replace(/,/g, '')) + extra;
  const fraction = /^(\d+)\s(\d)\/(\d)$/.exec(text);
  if (fraction) return Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]) + extra;
  if (text === 'a half' || text === 'half a' || text === 'half an') return 0.5;
  if (/^(a )?couple( of)?$/.test(text)) return 2 + extra;
  let total = 0;
  let matched = false;
  for (const part of text.split(/[\s-]+/)) {
    const value = NUMBER_WORDS[part];
    if (value === undefined) return null;
    matched = true;
    if (value === 100 || value === 1000) total = (total === 0 ? 1 : total) * value;
    else total += value;
  }
  return matched ? total + extra : null;
}

export function monthNumber(raw: string): number | undefined {
  return MONTHS[raw.toLowerCase().replace(/\.$/, '')];
}

export function weekdayNumber(raw: string): number | undefined {
  return WEEKDAYS[raw.toLowerCase().replace(/\.$/, '')];
}

/** Month and weekday names are proper nouns: `may` and `march` in lower case are a verb and a noun. */
export function isCapitalised(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}
