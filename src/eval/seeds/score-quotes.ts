/**
 * Quotes with the right speaker. A gold quote is found when a predicted quote's content contains
 * the gold snippet's span and the predicted speaker is the gold speaker: the speaker's resolved
 * entity (its name, aliases and mention texts) — or, when unresolved, the speaker text as written —
 * shares a name with the gold speaker (a gold entity's names and metonyms, or the literal speaker string), or both
 * are unnamed (gold null, predicted speaker absent or unresolved). A predicted quote is correct
 * when it finds at least one gold quote; one prediction may find several gold quotes (a quote the
 * system did not split), and each gold quote counts once.
 */
import type { Annotations, Quote, Span } from '../../model/index.ts';
import type { GoldEntity, GoldQuote } from './gold.ts';
import { countShared, nameKeys } from './names.ts';
import type { Counts } from './prf.ts';
import { predictedNames } from './score-entities.ts';

export interface LocatedQuote {
  readonly gold: GoldQuote;
  /** The snippet's span in the clean text; null when the snippet was not found (then it counts as missed). */
  readonly span: Span | null;
}

export interface QuoteScore {
  readonly counts: Counts;
  /** Gold snippets not found by any predicted quote with the right speaker. */
  readonly missed: readonly string[];
}

type SpeakerKeys = Set<string> | null;

function goldSpeakerKeys(speaker: string | null, entities: readonly GoldEntity[]): SpeakerKeys {
  if (speaker === null) return null;
  const entity = entities.find((e) => e.name === speaker);
  return entity ? nameKeys([entity.name, ...entity.aliases, ...(entity.metonyms ?? [])]) : nameKeys([speaker]);
}

/** A resolved speaker is judged by its entity's names; the text as written counts only when unresolved. */
function predictedSpeakerKeys(quote: Quote, names: ReadonlyMap<string, Set<string>>): SpeakerKeys {
  if (quote.speaker === null) return null;
  const resolved = quote.speaker.entity === null ? undefined : names.get(quote.speaker.entity);
  return resolved ?? nameKeys([quote.speaker.text]);
}

function speakerMatches(gold: GoldQuote, entities: readonly GoldEntity[], quote: Quote, names: ReadonlyMap<string, Set<string>>): boolean {
  const accepted = [gold.speaker, ...(gold.alt_speakers ?? [])];
  const predicted = predictedSpeakerKeys(quote, names);
  return accepted.some((speaker) => {
    const keys = goldSpeakerKeys(speaker, entities);
    if (keys === null) return quote.speaker === null || quote.speaker.entity === null;
    return predicted !== null && countShared(keys, predicted) > 0;
  });
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function scoreQuotes(gold: readonly LocatedQuote[], entities: readonly GoldEntity[], annotations: Pick<Annotations, 'entities' | 'mentions' | 'quotes'>): QuoteScore {
  const names = predictedNames(annotations);
  const correct = new Set<string>();
  const missed: string[] = [];
  let found = 0;
  for (const { gold: g, span } of gold) {
    const hits = span === null ? [] : annotations.quotes.filter((q) => contains(q.content, span) && speakerMatches(g, entities, q, names));
    if (hits.length > 0) found++;
    else missed.push(g.snippet);
    for (const q of hits) correct.add(q.id);
  }
  return { counts: { correct: correct.size, predicted: annotations.quotes.length, found, gold: gold.length }, missed };
}
