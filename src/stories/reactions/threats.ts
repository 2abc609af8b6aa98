/**
 * THREATEN events as threat evidence for the matrix. The events stage fills in an actor from earlier
 * events and codes descriptions ("the threats from Iran", "any Iranian retaliation"), so an event
 * counts as its actor threatening only when the text shows that actor as the one who threatens:
 * either the event is the actor's own reported words (its quote's speaker is the actor), or — not
 * reported speech — the actor is the first entity named in the sentence or in the trigger's clause,
 * before the trigger (the subject of a plain news sentence: "Iran vowed …", "On Friday, Iran
 * vowed …"; not "The US … is ready to respond to Iran's actions"). An event inside someone else's
 * words is that speaker's report, not the actor's threat.
 */
import type { Annotations, Document, Entity, EntityType, Event, Mention, Span } from '../../model/index.ts';
import { citedSpan, sentenceAt } from './sentence-text.ts';

/** Who can react: the types the stance stage takes as actors. */
export const ACTOR_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'NORP']);

export interface Threat {
  readonly event: Event;
  readonly actor: Entity;
  /** The sentence holding the trigger. */
  readonly sentence: Span;
}

export function threatsOf(doc: Document, annotations: Annotations, entities: ReadonlyMap<string, Entity>): Threat[] {
  const out: Threat[] = [];
  for (const event of annotations.events) {
    if (event.type !== 'THREATEN' || event.actor === undefined) continue;
    const actor = entities.get(event.actor);
    if (!actor || !ACTOR_TYPES.has(actor.type)) continue;
    const sentence = sentenceAt(annotations.sentences, event.trigger.start, event);
    if (event.reportedBy !== undefined) {
      const quote = annotations.quotes.find((q) => q.id === event.reportedBy);
      const speaker = quote?.speaker?.entity ? entities.get(quote.speaker.entity) : undefined;
      if (speaker?.key !== actor.key) continue;
    } else if (!namedFirst(doc, annotations, entities, actor.key, sentence, event.trigger.start)) continue;
    out.push({ event, actor, sentence });
  }
  return out;
}

/** Where the trigger's clause begins: after the last comma, colon, semicolon or `but`/`while`/`whereas` before it. */
const CLAUSE_BREAK = /[,;:]|\b(?:but|while|whereas)\b/g;

/** Is the first entity named in the sentence, or in the trigger's clause, before the trigger of this key? */
function namedFirst(doc: Document, annotations: Annotations, entities: ReadonlyMap<string, Entity>, key: string, sentence: Span, trigger: number): boolean {
  // A dateline (`BAGHDAD (Reuters) -`) or a live-blog stamp is not the sentence's subject.
  const from = citedSpan(doc, sentence).start;
  let clause = from;
  for (const m of doc.text.slice(from, trigger).matchAll(CLAUSE_BREAK)) clause = from + (m.index ?? 0) + m[0].length;
  const firstFrom = (at: number): string | undefined => {
    let first: Mention | undefined;
    for (const x of annotations.mentions) if (x.start >= at && x.end <= trigger && (!first || x.start < first.start)) first = x;
    return first ? entities.get(first.entity)?.key : undefined;
  };
  return firstFrom(from) === key || firstFrom(clause) === key;
}
