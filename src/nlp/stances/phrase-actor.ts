/**
 * The actor a noun phrase names: its head entity (`Iraqi President Barham Salih`), or — when the
 * head is a title or a government body (`Russia's foreign minister`, `the Syrian government`) —
 * the country or organisation named beside it. Demonyms stand for their country's GPE entity.
 */
import type { Entity } from '../../model/index.ts';
import { GOVERNMENT_BODY_WORDS, PRONOUNS, TITLE_HEADS } from './data/actor-words.ts';
import type { StanceContext } from './context.ts';

const ACTOR_TYPES = new Set(['GPE', 'ORG', 'PERSON', 'NORP']);

interface Group {
  readonly entity: Entity;
  readonly first: number;
  readonly last: number;
}

/** The actor-type mentions inside tokens `[first, last]`, in order. */
function groupsIn(ctx: StanceContext, first: number, last: number): Group[] {
  const groups: Group[] = [];
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k] ?? -1;
    if (m < 0) continue;
    let end = k;
    while (end + 1 <= last && ctx.mentionAt[end + 1] === m) end++;
    const entity = ctx.entityById.get(ctx.mentions[m]?.entity ?? '');
    if (entity && ACTOR_TYPES.has(entity.type)) groups.push({ entity, first: k, last: end });
    k = end;
  }
  return groups;
}

function isPossessive(ctx: StanceContext, g: Group): boolean {
  const next = ctx.lower[g.last + 1];
  return next === "'s" || next === '’s' || next === "'";
}

/** A demonym entity stands for its country's GPE entity when the document has one. */
export function countryOf(ctx: StanceContext, e: Entity): Entity {
  return e.type === 'NORP' && e.country ? ctx.gpeByCountry.get(e.country) ?? e : e;
}

function isGovernmentBody(e: Entity): boolean {
  return e.type === 'ORG' && e.name.toLowerCase().split(/\s+/).some((w) => GOVERNMENT_BODY_WORDS.has(w));
}

/** True when the mention text names the person only by a title (`the foreign minister`). */
function isTitleOnly(ctx: StanceContext, g: Group): boolean {
  const written = ctx.text.slice(ctx.tokens[g.first]?.start ?? 0, ctx.tokens[g.last]?.end ?? 0).toLowerCase();
  return !g.entity.name.toLowerCase().split(/\s+/).some((w) => w.length > 2 && written.includes(w));
}

/** The entity a role's organisation names (`US`, `Russia`), when the document has it. */
export function roleOrg(ctx: StanceContext, e: Entity): Entity | null {
  for (const role of e.roles) {
    const found = role.org ? ctx.entityByName.get(role.org.toLowerCase()) : undefined;
    if (found && found.id !== e.id) return found;
  }
  return null;
}

/** The actor a phrase names: its head entity, or the country or organisation in it. */
export function actorOfPhrase(ctx: StanceContext, first: number, last: number): { id: string; head: boolean } | null {
  if (first > last) return null;
  if (last === first && PRONOUNS.has(ctx.lower[first] ?? '')) return null;
  const groups = groupsIn(ctx, first, last);
  if (groups.length === 0) return null;
  const owner = groups.find((g) => isPossessive(ctx, g)) ?? groups.find((g) => g.entity.type !== 'PERSON') ?? null;
  // A name at the end is the head (`Secretary of State Mike Pompeo`) unless it is the object of
  // `of`: then the head stands before `of` (`Residents of Lima`, `the head of Iran's committee`).
  let headAt = last;
  const ending = groups.find((g) => g.last === last);
  if (!ending || ctx.lower[ending.first - 1] === 'of') {
    for (let k = last; k > first; k--) {
      if (ctx.lower[k] === 'of' && (ctx.mentionAt[k] ?? -1) < 0) { headAt = k - 1; break; }
    }
  }
  const head = groups.find((g) => g.last === headAt);
  if (head) {
    const other = owner && owner !== head ? countryOf(ctx, owner.entity) : null;
    if (head.entity.type === 'PERSON' && isTitleOnly(ctx, head)) {
      const org = roleOrg(ctx, head.entity) ?? other;
      return { id: countryOf(ctx, org ?? head.entity).id, head: true };
    }
    if (isGovernmentBody(head.entity) && other && other.type !== 'PERSON') return { id: other.id, head: true };
    return { id: countryOf(ctx, head.entity).id, head: true };
  }
  // The head is a common noun: a title or body (`minister`, `government`, `officials`) stands for
  // the country or organisation that owns it; other people (`residents`, `mourners`) are no actor.
  if (!TITLE_HEADS.has(ctx.lower[headAt] ?? '')) return null;
  const chosen = owner ?? groups[0];
  return chosen ? { id: countryOf(ctx, chosen.entity).id, head: false } : null;
}
