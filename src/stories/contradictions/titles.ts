/**
 * Title: one person given conflicting roles by different sources — `commander` vs `former commander`,
 * `deputy commander` vs `commander` of the same organisation, or the same kind of post in two
 * different organisations or countries (`commander of the Revolutionary Guards` vs `chief of the
 * Quds Force`). A longer title (`Top commander` vs `Commander`, `President` vs `US President`) is
 * no conflict, and neither is a country beside an organisation (we do not know which org is whose).
 */
import type { Entity, Role, Span } from '../../model/index.ts';
import { plain } from '../../nlp/entities/index.ts';
import { foldOrgName } from '../../nlp/entities/index.ts';
import { sourceKey, type StoryArticle } from '../story-article.ts';
import { claimAt } from './claims.ts';
import { displayName, type EntityRef } from './entity-groups.ts';
import type { Contradiction } from './types.ts';

/** Words that put a title in another time or rank: a "former commander" is not the commander. */
const STATUS_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'late', 'outgoing', 'incoming', 'acting', 'interim', 'deputy', 'vice', 'assistant', 'designate', 'elect']);
/** Heads naming the one who leads something: different words, one post. */
const LEAD_HEADS: ReadonlySet<string> = new Set(['commander', 'chief', 'head', 'leader', 'director', 'boss', 'chairman', 'chair', 'chairwoman']);
/** How far around a mention a written title is looked for. */
const NEAR = 80;

interface ReadRole {
  readonly ref: EntityRef;
  readonly role: Role;
  /** The post's kind: `lead` for the LEAD_HEADS, else the title's last word. */
  readonly post: string;
  readonly status: string;
  readonly org: OrgRef | null;
}

interface OrgRef {
  readonly kind: 'country' | 'org' | 'text';
  readonly id: string;
}

export function findTitleContradictions(groups: readonly EntityRef[][]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const group of groups) {
    if (group[0]?.entity.type !== 'PERSON') continue;
    const roles = group.flatMap((ref) => ref.entity.roles.map((role) => readRole(ref, role)));
    const reported = new Set<string>();
    for (let i = 0; i < roles.length; i++) {
      for (let j = i + 1; j < roles.length; j++) {
        const a = roles[i] as ReadRole;
        const b = roles[j] as ReadRole;
        if (sourceKey(a.ref.article) === sourceKey(b.ref.article) || a.post !== b.post) continue;
        const why = conflict(a, b, roles);
        if (!why) continue;
        const key = [describe(a.role), describe(b.role)].sort().join('|');
        if (reported.has(key)) continue;
        reported.add(key);
        out.push({
          kind: 'title',
          about: `title of ${displayName(group)} (${why === 'post' ? 'the same post in different organisations' : 'a different rank or time'}): "${describe(a.role)}" vs "${describe(b.role)}"`,
          claims: [claimAt(a.ref.article, titleSpan(a.ref, a.role)), claimAt(b.ref.article, titleSpan(b.ref, b.role))],
        });
      }
    }
  }
  return out;
}

function readRole(ref: EntityRef, role: Role): ReadRole {
  const words = plain(role.title).split(/[\s-]+/).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  const status = words.filter((w) => STATUS_WORDS.has(w)).sort().join(' ');
  return { ref, role, post: LEAD_HEADS.has(head) ? 'lead' : head, status, org: role.org ? resolveOrg(ref.article, role.org) : null };
}

/** Why two roles of one post conflict (`title`: another time or rank; `post`: another organisation or country), or null. */
function conflict(a: ReadRole, b: ReadRole, all: readonly ReadRole[]): 'title' | 'post' | null {
  let why: 'title' | 'post';
  if (a.status !== b.status) {
    // `Commander` beside `Deputy commander of the PMU` may be two posts: only the same organisation (or none) on both sides.
    if ((a.org === null) !== (b.org === null) || (a.org && b.org && !sameOrg(a.org, b.org))) return null;
    why = 'title';
  } else {
    if (!a.org || !b.org || a.org.kind !== b.org.kind || a.org.kind === 'text' || sameOrg(a.org, b.org)) return null;
    why = 'post';
  }
  // A source that also gives the other side's role is not in conflict with it (people hold several posts).
  const alsoHas = (side: ReadRole, other: ReadRole): boolean =>
    all.some((r) => sourceKey(r.ref.article) === sourceKey(side.ref.article) && r.post === other.post && r.status === other.status && sameOrgOrNone(r.org, other.org));
  return alsoHas(a, b) || alsoHas(b, a) ? null : why;
}

function sameOrgOrNone(a: OrgRef | null, b: OrgRef | null): boolean {
  return a === null || b === null ? a === b : sameOrg(a, b);
}

function sameOrg(a: OrgRef, b: OrgRef): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** The org as written, resolved through the document's own entities: a country code, an org key, or its folded text. */
function resolveOrg(article: StoryArticle, org: string): OrgRef {
  const wanted = plain(org);
  const folded = foldOrgName(org);
  const named = (e: Entity): boolean => [e.name, ...e.aliases].some((n) => plain(n) === wanted || foldOrgName(n) === folded);
  const found = article.annotations.entities.filter(named);
  const country = found.find((e) => (e.type === 'GPE' || e.type === 'NORP') && e.country);
  if (country?.country) return { kind: 'country', id: country.country };
  const organisation = found.find((e) => e.type === 'ORG');
  if (organisation) return { kind: 'org', id: organisation.key };
  return { kind: 'text', id: folded };
}

function describe(role: Role): string {
  return role.org ? `${role.title} (${role.org})` : role.title;
}

/**
 * Where the text gives the role: the title written near a mention of the person (with the org when it
 * is written near too, which is preferred), spanning title, org and mention; else the first mention.
 */
function titleSpan({ article, entity }: EntityRef, role: Role): Span {
  const lower = article.doc.text.toLowerCase();
  const mentions = article.annotations.mentions.filter((m) => m.entity === entity.id);
  let best: { span: Span; cost: number } | null = null;
  for (const m of mentions) {
    for (const title of occurrences(lower, role.title.toLowerCase(), m.start - NEAR, m.end + NEAR)) {
      const org = role.org ? nearest(occurrences(lower, role.org.toLowerCase(), title.start - NEAR, title.end + NEAR), title) : null;
      const parts = [m, title, ...(org ? [org] : [])];
      const span = { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
      const cost = span.end - span.start + (role.org && !org ? 10 * NEAR : 0);
      if (!best || cost < best.cost) best = { span, cost };
    }
  }
  if (best) return best.span;
  const first = mentions[0];
  return first ? { start: first.start, end: first.end } : { start: 0, end: 0 };
}

function occurrences(lower: string, needle: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  if (!needle) return out;
  for (let at = lower.indexOf(needle, Math.max(0, from)); at >= 0 && at + needle.length <= to; at = lower.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length });
  return out;
}

function nearest(spans: readonly Span[], to: Span): Span | null {
  const gap = (s: Span): number => Math.max(0, s.start - to.end, to.start - s.end);
  return [...spans].sort((a, b) => gap(a) - gap(b))[0] ?? null;
}
