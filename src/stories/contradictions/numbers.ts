/**
 * Number: facts about the same thing on the same day with quantities that cannot both be right
 * across sources (`10 killed` vs `seven killed`). Conservative: the counted thing must match on its
 * head word, its modifiers (countries compared by code, so `US` = `American`) and its unit; vague
 * heads (`people`, `others`) must also sit in sentences reporting the same kind of event; every
 * quantity is read as an interval (qualifiers, rounding), and only intervals that do not overlap
 * disagree. Changes (`oil rose 4.5%`) are left out: a price moves within a day.
 */
import type { Fact } from '../../model/index.ts';
import { plain } from '../../nlp/entities/index.ts';
import { splitAbout } from '../../nlp/facts/index.ts';
import { sourceKey, type StoryArticle } from '../story-article.ts';
import { claimAt, dayOf, getOrCreate, sentenceAround } from './claims.ts';
import type { Contradiction } from './types.ts';

/** Heads that say nothing of what is counted: only comparable within the same kind of event. */
const VAGUE_HEADS: ReadonlySet<string> = new Set(['people', 'person', 'other', 'one', 'those', 'individual', 'time']);
/** Words of the counted phrase that do not change what is counted. */
const IGNORED_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'some', 'all']);
/** Relative slack of `about N`, and of a round exact number (a multiple of 100). */
const ABOUT_SLACK = 0.15;
const ROUND_SLACK = 0.05;

interface ReadFact {
  readonly article: StoryArticle;
  readonly fact: Fact;
  readonly low: number;
  readonly high: number;
  readonly eventTypes: ReadonlySet<string>;
  readonly subject: string;
}

export function findNumberContradictions(articles: readonly StoryArticle[]): Contradiction[] {
  const groups = new Map<string, ReadFact[]>();
  for (const article of articles) {
    for (const fact of article.annotations.facts) {
      if (fact.change) continue;
      const read = readFact(article, fact);
      if (read) getOrCreate(groups, read.key, () => []).push(read.fact);
    }
  }
  const out: Contradiction[] = [];
  for (const [key, facts] of groups) {
    const vague = VAGUE_HEADS.has(key.split('|')[1] ?? '');
    const c = contradictionOf(facts, vague, key.split('|')[3] ?? '');
    if (c) out.push(c);
  }
  return out;
}

function readFact(article: StoryArticle, fact: Fact): { key: string; fact: ReadFact } | null {
  const { qualifier, subject } = splitAbout(fact.about);
  const words = plain(subject).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !IGNORED_WORDS.has(w));
  const head = singular(words[words.length - 1] ?? '');
  if (!head) return null;
  const day = factDay(article, fact);
  if (!day) return null;
  const modifiers = words.slice(0, -1).map((w) => countryOf(article, w) ?? singular(w)).sort();
  const [low, high] = interval(fact.quantity, qualifier);
  const sentence = sentenceAround(article, fact.start);
  const eventTypes = new Set(article.annotations.events.filter((e) => e.start < sentence.end && e.end > sentence.start).map((e) => e.type));
  return { key: [fact.unit ?? '', head, modifiers.join(' '), day].join('|'), fact: { article, fact, low, high, eventTypes, subject } };
}

/** The day the fact belongs to: its sentence's dated event, else its live-blog entry's day, else publication day. */
function factDay(article: StoryArticle, fact: Fact): string | null {
  const sentence = sentenceAround(article, fact.start);
  const event = article.annotations.events.find((e) => e.start < sentence.end && e.end > sentence.start && dayOf(e.date?.value));
  if (event) return dayOf(event.date?.value);
  const entry = article.doc.passages.find((p) => p.start <= fact.start && fact.start < p.end && p.time);
  return dayOf(entry?.time) ?? dayOf(article.doc.published?.value);
}

/** `US`, `American` → `@US`: a modifier naming a country by the document's own entities. */
function countryOf(article: StoryArticle, word: string): string | null {
  const e = article.annotations.entities.find((x) => (x.type === 'GPE' || x.type === 'NORP') && x.country && [x.name, ...x.aliases].some((n) => plain(n) === word));
  return e?.country ? `@${e.country}` : null;
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The values a quantity as written allows. */
export function interval(quantity: number, qualifier: string | null): [number, number] {
  const between = /^between ([\d.]+) and ([\d.]+)$/.exec(qualifier ?? '');
  if (between) return [Number(between[1]), Number(between[2])];
  switch (qualifier) {
    case 'about': return [quantity * (1 - ABOUT_SLACK), quantity * (1 + ABOUT_SLACK)];
    case 'more than':
    case 'at least': return [quantity, Infinity];
    case 'nearly': return [quantity * (1 - ABOUT_SLACK), quantity];
    case 'up to':
    case 'less than': return [0, quantity];
    default: {
      const slack = quantity >= 100 && quantity % 100 === 0 ? quantity * ROUND_SLACK : 0;
      return [quantity - slack, quantity + slack];
    }
  }
}

function overlaps(a: ReadFact, b: ReadFact): boolean {
  return a.low <= b.high && b.low <= a.high;
}

function contradictionOf(facts: readonly ReadFact[], vague: boolean, day: string): Contradiction | null {
  const bySource = new Map<string, ReadFact[]>();
  for (const f of facts) getOrCreate(bySource, sourceKey(f.article), () => []).push(f);
  if (bySource.size < 2) return null;
  // A value disagrees with another source when it fits none of that source's values (a source's own updates are not a conflict).
  const fitsSource = (f: ReadFact, own: readonly ReadFact[]): boolean => own.some((g) => overlaps(f, g));
  const sameEvent = (a: ReadFact, b: ReadFact): boolean => !vague || [...a.eventTypes].some((t) => b.eventTypes.has(t));
  const involved = new Set<ReadFact>();
  const sources = [...bySource.values()];
  for (const x of sources) {
    for (const y of sources) {
      if (x === y) continue;
      for (const a of x) for (const b of y) if (sameEvent(a, b) && !fitsSource(a, y) && !fitsSource(b, x)) involved.add(a).add(b);
    }
  }
  if (involved.size === 0) return null;
  const claims = [...involved]
    .sort((a, b) => a.fact.quantity - b.fact.quantity || (a.article.doc.id < b.article.doc.id ? -1 : 1))
    .map((f) => claimAt(f.article, f.fact));
  const values = [...new Set([...involved].map((f) => f.fact.quantity))].sort((a, b) => a - b);
  const first = [...involved][0] as ReadFact;
  return { kind: 'number', about: `number of ${first.subject} on ${day}: ${values.join(' vs ')}`, claims };
}
