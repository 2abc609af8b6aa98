/** Helpers shared by the events tests: the shipped weights, events found by their trigger text, quotes given cues. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Event, Quote } from '../../../src/model/index.ts';
import { extractEvents, parseEventModel } from '../../../src/nlp/events/index.ts';
import type { StageInput } from '../../../src/nlp/stage-input.ts';

export const model = parseEventModel(readFileSync(new URL('../../../models/events/events-v1.json', import.meta.url)));

export const triggerText = (input: StageInput, e: Event): string => input.doc.text.slice(e.trigger.start, e.trigger.end);

/** The trigger texts of every event the stage codes. */
export const triggers = (input: StageInput): string[] => extractEvents(input, model).map((e) => triggerText(input, e));

export function triggered(input: StageInput, trigger: string): Event | undefined {
  return extractEvents(input, model).find((e) => triggerText(input, e) === trigger);
}

export function eventWith(input: StageInput, trigger: string): Event {
  const found = triggered(input, trigger);
  assert.ok(found, `no event triggered by "${trigger}" in: ${input.doc.text} (got ${triggers(input).join(', ') || 'none'})`);
  return found;
}

/** Gives quote i the first occurrence of `cues[i]` after its content (the stage-input builder's quotes carry none). */
export function withCues(input: StageInput, cues: readonly string[]): StageInput {
  const quotes = input.quotes.map((q, i): Quote => {
    const cue = cues[i]!;
    const at = input.doc.text.indexOf(cue, q.content.end);
    const start = at >= 0 ? at : input.doc.text.indexOf(cue);
    return { ...q, cue: { start, end: start + cue.length } };
  });
  return { ...input, quotes };
}

/** Every quote gets the first occurrence of `cue` after its content. */
export const withCue = (input: StageInput, cue: string): StageInput => withCues(input, input.quotes.map(() => cue));
