/**
 * Stances: for each actor that reacts in a sentence — a government, leader, party or
 * organisation — whether it supports, condemns, urges restraint, threatens or stays neutral
 * toward the event the document is about, with the sentence as evidence. Cues are data
 * (data/cues.ts), compiled once; each sentence is scanned once, so the cost is linear in tokens.
 */
import type { Stance, StanceValue } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { findActors } from './actor.ts';
import { buildStanceContext, sentenceTokenRanges, type StanceContext } from './context.ts';
import { findCues, type CueMatch } from './cue-matcher.ts';
import { STANCE_PRIORITY } from './data/cues.ts';
import { NEGATION_WINDOW, NEGATORS } from './data/negators.ts';

/** Words that make what follows hypothetical (`if Iran threatens …`): no stance is read from it. */
const CONDITIONALS = new Set(['if', 'unless', 'whether']);

function isConditional(ctx: StanceContext, cue: CueMatch, begin: number): boolean {
  for (let k = cue.first - 1; k >= Math.max(begin, cue.first - 4); k--) {
    const w = ctx.lower[k] ?? '';
    if (CONDITIONALS.has(w)) return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** A negated cue (`did not condemn`) says the actor took no side. */
function isNegated(ctx: StanceContext, cue: CueMatch, begin: number): boolean {
  for (let k = Math.max(begin, cue.first - NEGATION_WINDOW); k < cue.first; k++) if (NEGATORS.has(ctx.lower[k] ?? '')) return true;
  return false;
}

/** The event the cue's object names (`condemned the strike`), when the events stage found one there. */
function towardOf(input: StageInput, ctx: StanceContext, cue: CueMatch, end: number): string {
  const from = ctx.tokens[cue.first]?.start ?? 0;
  const to = ctx.tokens[Math.min(end - 1, cue.last + 8)]?.end ?? 0;
  const cueEnd = ctx.tokens[cue.last]?.end ?? 0;
  for (const event of input.events) {
    if (event.trigger.start >= cueEnd && event.trigger.start < to && event.trigger.start > from) return event.id;
  }
  return 'document';
}

export function extractStances(input: StageInput): Stance[] {
  const ctx = buildStanceContext(input);
  const stances: Stance[] = [];
  const ranges = sentenceTokenRanges(input);
  input.sentences.forEach((sentence, s) => {
    const [begin, end] = ranges[s] ?? [0, 0];
    const byActor = new Map<string, { stance: StanceValue; toward: string }>();
    for (const cue of findCues(ctx.lower, begin, end)) {
      if (isConditional(ctx, cue, begin)) continue;
      const stance: StanceValue = isNegated(ctx, cue, begin) ? 'neutral' : cue.stance;
      for (const actor of findActors(ctx, cue, begin, end)) {
        const held = byActor.get(actor);
        if (!held || STANCE_PRIORITY[stance] > STANCE_PRIORITY[held.stance]) {
          byActor.set(actor, { stance, toward: towardOf(input, ctx, cue, end) });
        }
      }
    }
    for (const [actor, { stance, toward }] of byActor) {
      stances.push({ id: `s${stances.length}`, start: sentence.start, end: sentence.end, actor, stance, toward });
    }
  });
  return stances;
}
