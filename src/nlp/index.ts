/**
 * The annotate stage: `annotate(doc, resources) → Annotations`, a pure function. The steps run in
 * the order of stage-input.ts, each reading what the earlier ones produced:
 * tokens → sentences → gazetteer (matched once, shared) → names (tagger) → entities → timexes → quotes → events → facts → stances.
 */
import type { Annotations, Document } from '../model/index.ts';
import { splitSentences, tokenize } from '../text/index.ts';
import { resolveEntities } from './entities/index.ts';
import type { EventModel } from './events/index.ts';
import { extractEvents } from './events/index.ts';
import { extractFacts } from './facts/index.ts';
import { matchDocument } from './gazetteer/index.ts';
import type { NerModel } from './ner/index.ts';
import { tagNames } from './ner/index.ts';
import { extractQuotes } from './quotes/index.ts';
import type { StageInput } from './stage-input.ts';
import { extractStances } from './stances/index.ts';
import { extractTimexes } from './time/index.ts';

export type { StageInput } from './stage-input.ts';
export type { NerModel } from './ner/index.ts';
export type { EventModel } from './events/index.ts';
export { parseNerModel } from './ner/index.ts';
export { parseEventModel } from './events/index.ts';
export { linkPartialKey } from './entities/index.ts';

/** Bump when a rule or list changes what annotate produces; stored analyses of another version are redone by `storyline analyse`. */
export const ANNOTATE_CODE_VERSION = 'annotate-2';

/** Trained weights, parsed once by the caller (the stage reads no files). */
export interface NlpResources {
  readonly ner: NerModel;
  readonly events: EventModel;
  /** Names the code and the weights that produced an analysis, e.g. `annotate-1+ner:3f2a…+events:9c1d…`. */
  readonly version: string;
}

/** Milliseconds spent in each step, summed over calls (for the benchmark's per-stage shares). */
export type StageTimes = Map<string, number>;

export function annotate(doc: Document, resources: NlpResources, times?: StageTimes): Annotations {
  // `step` only reads the clock when the caller asked for times: the hot path stays untouched.
  const step = <T>(name: string, run: () => T): T => {
    if (!times) return run();
    const started = performance.now();
    const out = run();
    times.set(name, (times.get(name) ?? 0) + performance.now() - started);
    return out;
  };
  const tokens = step('tokens', () => tokenize(doc.text));
  const sentences = step('sentences', () => splitSentences(doc.text, tokens));
  const gazetteer = step('gazetteer', () => matchDocument(tokens.map((t) => t.text)));
  let input: StageInput = { doc, tokens, sentences, gazetteer, names: [], entities: [], mentions: [], timexes: [], quotes: [], events: [] };
  input = { ...input, names: step('names', () => tagNames(doc.text, tokens, sentences, resources.ner, gazetteer)) };
  input = { ...input, ...step('entities', () => resolveEntities(input)) };
  input = { ...input, timexes: step('timexes', () => extractTimexes(input)) };
  input = { ...input, quotes: step('quotes', () => extractQuotes(input)) };
  input = { ...input, events: step('events', () => extractEvents(input, resources.events)) };
  const facts = step('facts', () => extractFacts(input));
  const stances = step('stances', () => extractStances(input));
  return {
    doc: doc.id, sentences, entities: input.entities, mentions: input.mentions, quotes: input.quotes,
    timexes: input.timexes, events: input.events, facts, stances,
  };
}
export { analysisVersion, newestModelFile, resourcesFromFiles } from './resources.ts';
export type { ModelFiles } from './resources.ts';
