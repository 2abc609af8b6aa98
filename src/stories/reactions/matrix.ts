/**
 * The actor × stance matrix: who supports, condemns, urges restraint, threatens, each cell citing
 * the sentences that show it. Stance records (src/nlp/stances) are the main evidence; THREATEN
 * events fill in threats the stance stage did not read (`threats.ts`).
 */
import type { Entity, Span, StanceValue } from '../../model/index.ts';
import { sourceKey, type StoryArticle } from '../story-article.ts';
import { ActorTable } from './actors.ts';
import { currentArticles } from '../story-article.ts';
import { citedSpan, textKey } from './sentence-text.ts';
import { threatsOf } from './threats.ts';
import { STANCES, type ActorRow, type QuotedWords, type ReactionCell, type ReactionEvidence, type ReactionMatrix } from './types.ts';

/** One sentence of one document giving one actor one stance, before copies are folded. */
interface Reading {
  readonly article: StoryArticle;
  readonly key: string;
  readonly stance: StanceValue;
  /** The sentence the record reads (the stance span; an event's sentence). */
  readonly sentence: Span;
  readonly stanceId: string | null;
  readonly events: string[];
  readonly toward: string | null;
}

export function reactionMatrix(articles: readonly StoryArticle[]): ReactionMatrix {
  const actors = new ActorTable();
  const readings: Reading[] = [];
  const order = new Map<string, number>();
  currentArticles(articles).forEach((article, i) => {
    order.set(article.doc.id, i);
    const { annotations } = article;
    const entities = new Map<string, Entity>();
    for (const e of annotations.entities) {
      entities.set(e.id, e);
      actors.add(e);
    }
    const own: Reading[] = [];
    for (const s of annotations.stances) {
      const actor = entities.get(s.actor);
      if (!actor) continue;
      own.push({ article, key: actor.key, stance: s.stance, sentence: s, stanceId: s.id, events: [], toward: s.toward });
    }
    for (const t of threatsOf(article.doc, annotations, entities)) {
      // One stance per actor and sentence, as the stance stage reads it: where it read this actor in
      // this sentence, its reading stands, and the event only joins a threat it agrees with. Where it
      // found a threat of another actor there, it chose who threatens ("Iranian Supreme Leader X
      // warned": X, not Iran), and the event adds nothing.
      const read = own.find((r) => r.stanceId !== null && r.key === t.actor.key && overlaps(r.sentence, t.sentence));
      if (read) {
        if (read.stance === 'threatens') read.events.push(t.event.id);
        continue;
      }
      if (own.some((r) => r.stanceId !== null && r.stance === 'threatens' && overlaps(r.sentence, t.sentence))) continue;
      const same = own.find((r) => r.stanceId === null && r.key === t.actor.key && r.sentence.start === t.sentence.start);
      if (same) same.events.push(t.event.id);
      else own.push({ article, key: t.actor.key, stance: 'threatens', sentence: t.sentence, stanceId: null, events: [t.event.id], toward: null });
    }
    readings.push(...own);
  });

  const byKey = new Map<string, Map<StanceValue, Reading[]>>();
  for (const r of readings) {
    let cells = byKey.get(r.key);
    if (!cells) byKey.set(r.key, (cells = new Map()));
    let list = cells.get(r.stance);
    if (!list) cells.set(r.stance, (list = []));
    list.push(r);
  }

  const rows: ActorRow[] = [];
  for (const [key, cellMap] of byKey) {
    const cells = STANCES.filter((s) => cellMap.has(s)).map((s) => cellOf(s, cellMap.get(s) as Reading[], order));
    const sources = new Set([...cellMap.values()].flat().map((r) => sourceKey(r.article)));
    rows.push({ ...actors.actor(key), total: cells.reduce((n, c) => n + c.count, 0), sources: sources.size, cells });
  }
  rows.sort((a, b) => b.total - a.total || b.sources - a.sources || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { stances: STANCES, actors: rows };
}

function cellOf(stance: StanceValue, readings: readonly Reading[], order: ReadonlyMap<string, number>): ReactionCell {
  // Citations in document order (as given), then text order: the first citation of a sentence is the one counted.
  const sorted = [...readings].sort((a, b) => (order.get(a.article.doc.id) ?? 0) - (order.get(b.article.doc.id) ?? 0) || a.sentence.start - b.sentence.start);
  const firstOf = new Map<string, number>();
  const evidence: ReactionEvidence[] = sorted.map((r, i) => {
    const { doc } = r.article;
    const span = citedSpan(doc, r.sentence);
    const text = doc.text.slice(span.start, span.end);
    const base = {
      doc: doc.id, start: span.start, end: span.end, text, stance: r.stanceId, events: r.events, toward: r.toward,
      quotes: quotesOf(r, span),
    };
    const k = textKey(text);
    const first = firstOf.get(k);
    if (first === undefined) {
      firstOf.set(k, i);
      return base;
    }
    return { ...base, repeatOf: first };
  });
  return {
    stance,
    count: firstOf.size,
    sources: new Set(readings.map((r) => sourceKey(r.article))).size,
    evidence,
  };
}

/** The actor's own words in the cited sentence: content of the quotes there whose speaker is the actor. */
function quotesOf(r: Reading, span: Span): QuotedWords[] {
  const { doc, annotations } = r.article;
  const keyOf = new Map(annotations.entities.map((e) => [e.id, e.key]));
  return annotations.quotes
    .filter((q) => q.speaker?.entity && keyOf.get(q.speaker.entity) === r.key && overlaps(q.content, span))
    .map((q) => ({ start: q.content.start, end: q.content.end, text: doc.text.slice(q.content.start, q.content.end) }));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
