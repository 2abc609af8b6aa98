/**
 * Commentators the text describes where it names them: "Tom Vale, a former army analyst who …",
 * "Tom Vale from the Varna Institute for Security Studies told …". The entity stage attaches titles
 * written before a name; an appositive after it, or an affiliation with a research institute or
 * university, also makes the speaker a commentator, whose words CAMEO does not code as events
 * (see `isCommentator`). Only mentions of persons who speak in a quote are read, with one short
 * anchored match each.
 */
import type { Entity, Mention, Quote } from '../../model/index.ts';
import { COMMENTATOR_AFFILIATIONS, COMMENTATOR_WORDS } from './data/function-words.ts';

/** ", a former CIA analyst who …" / " from the Varna Institute for …": the description right after a name. */
const APPOSITIVE = /^(?:,\s+(?:a|an|the)\s+|\s+(?:from|of|at)\s+the\s+)([^,.;:"“”]{1,60})/i;

function describesCommentator(description: string): boolean {
  const lower = description.toLowerCase();
  return COMMENTATOR_WORDS.some((w) => lower.includes(w)) || COMMENTATOR_AFFILIATIONS.some((w) => lower.includes(w));
}

/** The entities with, for each person described as a commentator where named, that description added as a role. */
export function withDescribedCommentators(text: string, entities: readonly Entity[], mentions: readonly Mention[], quotes: readonly Quote[]): Map<string, Entity> {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  // only speakers are ever asked about
  const speakers = new Set<string>();
  for (const q of quotes) if (q.speaker?.entity != null) speakers.add(q.speaker.entity);
  if (speakers.size === 0) return byId;
  for (const mention of mentions) {
    if (!speakers.has(mention.entity)) continue;
    const entity = byId.get(mention.entity);
    if (entity?.type !== 'PERSON') continue;
    const description = APPOSITIVE.exec(text.slice(mention.end, mention.end + 80))?.[1];
    if (description === undefined || !describesCommentator(description)) continue;
    byId.set(entity.id, { ...entity, roles: [...entity.roles, { title: description.trim() }] });
  }
  return byId;
}
