/**
 * Scoring one seed: its gold against the Annotations of its cleaned Document. Pure (no files), so
 * the tests drive it with hand-made documents and annotations. Sentences come from the shared
 * splitter over the clean text, not from the system's output, so the event units are fixed.
 */
import type { Annotations } from '../../model/index.ts';
import { splitSentences, tokenize } from '../../text/index.ts';
import type { SeedGold } from './gold.ts';
import { SnippetLocator } from './locate.ts';
import type { Counts } from './prf.ts';
import type { EntityScore } from './score-entities.ts';
import { scoreEntities } from './score-entities.ts';
import type { EventDateScore } from './score-events.ts';
import { scoreEventDates } from './score-events.ts';
import type { QuoteScore } from './score-quotes.ts';
import { scoreQuotes } from './score-quotes.ts';

export interface SeedScore {
  readonly entities: EntityScore;
  readonly quotes: QuoteScore;
  readonly events: EventDateScore;
  /** Gold snippets not found in the clean text (the cleaner changed, or a gold typo); they count as missed. */
  readonly unlocated: readonly string[];
}

export function scoreSeed(gold: SeedGold, text: string, annotations: Annotations): SeedScore {
  const locator = new SnippetLocator(text);
  const unlocated: string[] = [];
  const place = <T extends { readonly snippet: string; readonly occurrence?: number }>(item: T) => {
    const span = locator.locate(item.snippet, item.occurrence ?? 1);
    if (span === null) unlocated.push(item.snippet);
    return { gold: item, span };
  };
  const quotes = gold.quotes.map(place);
  const events = gold.events.map(place);
  const sentences = splitSentences(text, tokenize(text));
  return {
    entities: scoreEntities(gold.entities, annotations),
    quotes: scoreQuotes(quotes, gold.entities, annotations),
    events: scoreEventDates(events, sentences, annotations),
    unlocated,
  };
}

export function describeCounts(c: Counts): string {
  return `${c.correct}/${c.predicted} predicted right, ${c.found}/${c.gold} gold found`;
}
