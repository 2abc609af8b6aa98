/**
 * Actor: who did what. Material events (attacks, coercion) of one type, on one day, against one
 * specific target (a person, organisation, facility or place, not a whole country), whose actors differ
 * between sources. Conservative, since event arguments are noisy: reported speech is left out (a
 * quote's claim is the speaker's, not the source's), a source must name one actor consistently
 * (several actors in one source mean the annotation is unsure), and actors disagree only when both
 * are countries (GPE/NORP, by country code) or both organisations with different keys — never a
 * person against a country (`Trump` and `the US` are one side).
 */
import type { Entity, Event } from '../../model/index.ts';
import { sourceKey, type StoryArticle } from '../story-article.ts';
import { claimAt, dayOf, getOrCreate } from './claims.ts';
import type { Contradiction } from './types.ts';

/**
 * CAMEO roots of material conflict (coerce, assault, fight, mass violence): one physical act has one
 * doer, whereas many actors urge, condemn or threaten the same target on one day.
 */
const MATERIAL_ROOTS: ReadonlySet<string> = new Set(['17', '18', '19', '20']);
/** Targets specific enough to be one act: a country or a people can be struck by two actors the same day. */
const BROAD_TARGETS: ReadonlySet<string> = new Set(['GPE', 'NORP']);

interface ReadEvent {
  readonly article: StoryArticle;
  readonly event: Event;
  readonly actor: Entity;
  readonly target: Entity;
  readonly place: string | null;
}

export function findActorContradictions(articles: readonly StoryArticle[]): Contradiction[] {
  const groups = new Map<string, ReadEvent[]>();
  for (const article of articles) {
    const entities = new Map(article.annotations.entities.map((e) => [e.id, e]));
    for (const event of article.annotations.events) {
      const day = dayOf(event.date?.value);
      const actor = event.actor ? entities.get(event.actor) : undefined;
      const target = event.target ? entities.get(event.target) : undefined;
      if (!day || !actor || !target || event.reportedBy || actor.key === target.key) continue;
      if (!MATERIAL_ROOTS.has(event.cameo) || BROAD_TARGETS.has(target.type)) continue;
      const place = event.place ? (entities.get(event.place)?.key ?? null) : null;
      getOrCreate(groups, `${event.type}|${day}|${target.key}`, () => []).push({ article, event, actor, target, place });
    }
  }
  const out: Contradiction[] = [];
  for (const [key, events] of groups) {
    const c = contradictionOf(events, key.split('|')[1] ?? '');
    if (c) out.push(c);
  }
  return out;
}

/** The side an actor stands for: its country, else its key. */
function side(e: Entity): string {
  return e.country ? `@${e.country}` : e.key;
}

function disagree(a: Entity, b: Entity): boolean {
  const countries = (e: Entity): boolean => (e.type === 'GPE' || e.type === 'NORP') && e.country !== undefined;
  if (countries(a) && countries(b)) return a.country !== b.country;
  return a.type === 'ORG' && b.type === 'ORG' && !a.country && !b.country && a.key !== b.key;
}

function contradictionOf(events: readonly ReadEvent[], day: string): Contradiction | null {
  const bySource = new Map<string, ReadEvent[]>();
  for (const e of events) getOrCreate(bySource, sourceKey(e.article), () => []).push(e);
  // One actor per source, or the source is unsure and says nothing here.
  const sure = [...bySource.values()].filter((list) => new Set(list.map((e) => side(e.actor))).size === 1).map((list) => list[0] as ReadEvent);
  const involved = new Set<ReadEvent>();
  for (const a of sure) {
    for (const b of sure) {
      if (a === b || !disagree(a.actor, b.actor)) continue;
      if (a.place && b.place && a.place !== b.place) continue; // two places: two events
      involved.add(a).add(b);
    }
  }
  if (involved.size < 2) return null;
  const list = [...involved];
  const first = list[0] as ReadEvent;
  const actors = [...new Set(list.map((e) => e.actor.name))];
  return {
    kind: 'actor',
    about: `who carried out ${first.event.type.toLowerCase()} against ${first.target.name} on ${day}: ${actors.join(' vs ')}`,
    claims: list.map((e) => claimAt(e.article, e.event)),
  };
}
