/**
 * Reads the verb blocks of PETRARCH2's CAMEO.verbpatterns dictionary into a cue lexicon:
 * stem → CAMEO code. A block `--- PHYSICAL_CONFLICT [190] ---` lists synonyms, each optionally
 * with its own code (`BLUDGEON [180]`) and irregular forms (`FIGHT {FIGHTS FOUGHT FIGHTING}`);
 * `+WAGE_WAR` is a two-word cue. Pattern lines (`- * &CEASEFIRE [196]`) need a parser and are
 * skipped, except that a block coded `[---]` (its code depends on the pattern) gives its verbs the
 * code its patterns use most often (`VOW` → mostly threats).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { stem } from '../../src/nlp/events/stem.ts';

const BLOCK = /^---\s+(\S+)\s+\[([^\]]*)\]\s*---/;
const VERB = /^\+?([A-Z][A-Z'_-]*)\s*(?:\[([0-9:]+)\])?\s*(?:\{([^}]*)\})?/;

function codeOf(bracket: string | undefined): string | null {
  if (bracket === undefined) return null;
  const code = bracket.split(':')[0]!;
  return /^\d{3,4}$/.test(code) ? code : null;
}

function keyOf(word: string): string | null {
  const parts = word.replace(/^\+/, '').replace(/_+$/, '').toLowerCase().split('_').filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 2) return null;
  return parts.map(stem).join('_');
}

/** The CAMEO code the pattern lines of the block starting at `from` use most (ties: the lower code). */
function commonestPatternCode(body: readonly string[], from: number): string | null {
  const counts = new Map<string, number>();
  for (let i = from; i < body.length && !BLOCK.test(body[i]!); i++) {
    const line = body[i]!;
    if (!line.startsWith('-')) continue;
    const code = codeOf(/\[([0-9:]+)\]/.exec(line)?.[1]);
    if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? null;
}

export function readCueLexicon(path: string): Map<string, string> {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith('####### VERB PATTERNS'));
  const body = lines.slice(start + 1).map((raw) => raw.replace(/#.*$/, '').trimEnd());
  const cues = new Map<string, string>();
  let blockCode: string | null = null;
  for (const [at, line] of body.entries()) {
    const block = BLOCK.exec(line);
    if (block !== null) {
      blockCode = codeOf(block[2]) ?? commonestPatternCode(body, at + 1);
      continue;
    }
    if (line.length === 0 || line.startsWith('-') || blockCode === null) continue;
    const verb = VERB.exec(line.trim());
    if (verb === null) continue;
    const code = codeOf(verb[2]) ?? blockCode;
    const forms = [verb[1]!, ...(verb[3] ?? '').split(/\s+/).filter((f) => f.length > 0)];
    for (const form of forms) {
      const key = keyOf(form);
      // first listing wins: the verb's own block comes before the patterns that reuse it
      if (key !== null && key.length > 1 && !cues.has(key)) cues.set(key, code);
    }
  }
  return cues;
}
