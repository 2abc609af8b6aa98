/**
 * Finds stance cues in a sentence. The cue patterns (data/cues.ts) are compiled once into steps
 * and indexed by the words that may open them, so each token costs one map lookup plus the few
 * patterns that start with it.
 */
import type { StanceValue } from '../../model/index.ts';
import { CUES, GAP, type CueEntry } from './data/cues.ts';

interface Step {
  readonly words: ReadonlySet<string>;
  /** Tokens that may be skipped before this step. */
  readonly gap: number;
}

interface CompiledCue {
  readonly entry: CueEntry;
  readonly steps: readonly Step[];
}

export interface CueMatch {
  readonly stance: StanceValue;
  readonly anchor: 'cue' | 'clause';
  /** First and last token index (inclusive). */
  readonly first: number;
  readonly last: number;
}

function compile(entry: CueEntry): CompiledCue {
  const steps: Step[] = [];
  let gap = 0;
  for (const part of entry.pattern.split(' ')) {
    if (part === '…') { gap = GAP; continue; }
    steps.push({ words: new Set(part.split('|')), gap });
    gap = 0;
  }
  return { entry, steps };
}

const BY_FIRST_WORD: ReadonlyMap<string, readonly CompiledCue[]> = (() => {
  const map = new Map<string, CompiledCue[]>();
  for (const entry of CUES) {
    const compiled = compile(entry);
    for (const word of compiled.steps[0]?.words ?? []) map.set(word, [...(map.get(word) ?? []), compiled]);
  }
  return map;
})();

/** Tokens a gap may not cross: the cue and its complement stay in one clause. */
const GAP_STOP = new Set(['.', ';', '!', '?']);

function matchAt(cue: CompiledCue, lower: readonly string[], i: number, end: number): number {
  let at = i;
  for (let s = 1; s < cue.steps.length; s++) {
    const step = cue.steps[s];
    if (!step) return -1;
    let found = -1;
    for (let k = at + 1; k < end && k <= at + 1 + step.gap; k++) {
      const word = lower[k] ?? '';
      if (step.words.has(word)) { found = k; break; }
      if (GAP_STOP.has(word)) break;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

/** Every cue in tokens `[begin, end)`; where cues overlap, the one that starts first and runs longest wins. */
export function findCues(lower: readonly string[], begin: number, end: number): CueMatch[] {
  const matches: CueMatch[] = [];
  let coveredUntil = begin - 1;
  for (let i = begin; i < end; i++) {
    const candidates = BY_FIRST_WORD.get(lower[i] ?? '');
    if (!candidates || i <= coveredUntil) continue;
    let best: CueMatch | null = null;
    for (const cue of candidates) {
      const last = cue.steps.length === 1 ? i : matchAt(cue, lower, i, end);
      if (last < 0) continue;
      if (!best || last > best.last) best = { stance: cue.entry.stance, anchor: cue.entry.anchor, first: i, last };
    }
    if (best) {
      matches.push(best);
      coveredUntil = best.last;
    }
  }
  return matches;
}
