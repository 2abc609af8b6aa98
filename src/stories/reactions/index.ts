/**
 * Reactions (issue 8, part 5): an actor × stance matrix per story, each cell citing its sentences,
 * and an escalation series by day. Pure functions over a story's articles; see README.md.
 */
export { reactionMatrix } from './matrix.ts';
export { escalationSeries, eventDay } from './escalation.ts';
export { ACTOR_TYPES, threatsOf, type Threat } from './threats.ts';
export { citedSpan, textKey } from './sentence-text.ts';
export { STANCES } from './types.ts';
export type {
  ActorRow, EscalationDay, EscalationEvidence, QuotedWords, ReactionCell, ReactionEvidence, ReactionMatrix,
} from './types.ts';
