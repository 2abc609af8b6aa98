/**
 * chrono-node alone, as a same-run peer figure (data README, "chrono-node baseline"): parse each
 * sentence against the DCT and write only the components chrono knows. No durations, sets, *_REF,
 * quarters or weeks are possible.
 */
import * as chrono from 'chrono-node';
import type { ScoredTimex } from './score.ts';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function reference(dct: string): Date {
  const hasTime = /T\d\d:\d\d/.test(dct);
  return new Date(hasTime ? `${dct.slice(0, 16)}:00Z` : `${dct.slice(0, 10)}T12:00:00Z`);
}

/** Sentences of a newline block: split on end punctuation + space + capital, guarding common abbreviations. */
function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const boundary = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Gen|Sen|Rep|Gov|Inc|Corp|Co|Ltd|U\.S|[A-Z]))[.!?]["'”’]?\s+(?=["'“‘]?[A-Z])/g;
  let blockStart = 0;
  for (const block of text.split('\n')) {
    let start = 0;
    for (const match of block.matchAll(boundary)) {
      const end = match.index + match[0].length;
      out.push({ start: blockStart + start, text: block.slice(start, end) });
      start = end;
    }
    out.push({ start: blockStart + start, text: block.slice(start) });
    blockStart += block.length + 1;
  }
  return out;
}

export function chronoTimexes(text: string, dct: string): ScoredTimex[] {
  const instant = reference(dct);
  const found: ScoredTimex[] = [];
  for (const sentence of sentences(text)) {
    if (sentence.text.trim().length === 0) continue;
    for (const result of chrono.parse(sentence.text, { instant, timezone: 0 })) {
      const c = result.start;
      const date = c.date();
      const ymd = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
      let value: string;
      let type = 'DATE';
      if (c.isCertain('hour')) {
        value = `${ymd}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
        type = 'TIME';
      } else if (c.isCertain('day') || c.isCertain('weekday')) value = ymd;
      else if (c.isCertain('month')) value = ymd.slice(0, 7);
      else if (c.isCertain('year')) value = ymd.slice(0, 4);
      else value = ymd;
      const start = sentence.start + result.index;
      found.push({ start, end: start + result.text.length, text: result.text, type, value });
    }
  }
  return found;
}
