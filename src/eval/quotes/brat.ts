/**
 * Reads PolNeAR brat standoff (.ann) into attributions, as the data README describes:
 * `T` lines with `Label start end[;start end…]`, continuation lines without a `Tn\t` prefix,
 * `E` lines linking Attribution(-no-source), Source, Cue and Content (roles modulo trailing digits).
 */
import type { Attribution, Frag } from './score.ts';

interface TextBound {
  readonly label: string;
  readonly frags: Frag[];
}

/** Fragments trimmed of surrounding whitespace (the scoring recipe compares trimmed spans). */
export function trimFrag(text: string, frag: Frag): Frag | null {
  let { start, end } = frag;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}

export function parseBrat(ann: string, text: string): Attribution[] {
  const bounds = new Map<string, TextBound>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (/^T\d+$/.test(id) && cols[1]) {
      const space = cols[1].indexOf(' ');
      const label = cols[1].slice(0, space);
      const frags: Frag[] = [];
      for (const part of cols[1].slice(space + 1).split(';')) {
        const [a, b] = part.trim().split(' ').map(Number);
        if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) continue;
        const t = trimFrag(text, { start: a, end: b });
        if (t) frags.push(t);
      }
      bounds.set(id, { label, frags });
    } else if (/^E\d+$/.test(id) && cols[1]) {
      events.push(cols[1].trim().split(/\s+/));
    }
  }
  const out: Attribution[] = [];
  for (const args of events) {
    const attribution: { source: Frag[]; cue: Frag[]; content: Frag[]; hasSource: boolean } = { source: [], cue: [], content: [], hasSource: false };
    for (const arg of args) {
      const [roleRaw, ref] = arg.split(':');
      if (!roleRaw || !ref) continue;
      const role = roleRaw.replace(/\d+$/, '');
      const bound = bounds.get(ref);
      if (!bound) continue;
      if (role === 'Source') { attribution.source.push(...bound.frags); attribution.hasSource = true; }
      else if (role === 'Cue') attribution.cue.push(...bound.frags);
      else if (role === 'Content') attribution.content.push(...bound.frags);
    }
    out.push({ source: attribution.source, cue: attribution.cue, content: attribution.content });
  }
  return out;
}
