/**
 * The hand-made gold for one seed (gold/<seed file>.json): entities with every surface form,
 * quotes with their speaker, and the dates of the happenings each sentence reports. Snippets are
 * short pieces of the cleaned text, found by search, so the gold never reproduces the seed.
 */
import type { EntityType } from '../../model/index.ts';

export interface GoldEntity {
  /** Canonical name (need not occur verbatim: `Iran` for a text that only says `Tehran`). */
  readonly name: string;
  readonly type: EntityType;
  /** Other types a careful annotator could defend (`US Embassy`: FACILITY or ORG). */
  readonly alt_types?: readonly EntityType[];
  /** Every surface form that names it in the clean text (including the canonical name when it occurs). */
  readonly aliases: readonly string[];
  /** Capitals and demonyms used for the government (`Tehran vowed`, `Iranian officials`). */
  readonly metonyms?: readonly string[];
  readonly note?: string;
}

export type GoldQuoteKind = 'direct' | 'indirect' | 'mixed';

export interface GoldQuote {
  /** A few words of the quote's content, located by search in the clean text. */
  readonly snippet: string;
  /** 1-based: which occurrence of the snippet, when it occurs more than once (default 1). */
  readonly occurrence?: number;
  /** Canonical name of a gold entity, a literal speaker (`Iraqi military`), or null when the text names none. */
  readonly speaker: string | null;
  /** Other speakers that resolve the same source (`US military` → United States or Pentagon). */
  readonly alt_speakers?: readonly (string | null)[];
  readonly kind: GoldQuoteKind;
  readonly note?: string;
}

export interface GoldEvent {
  /** A few words of the sentence that reports the happening. */
  readonly snippet: string;
  readonly occurrence?: number;
  /** PLOVER category (or OTHER for happenings outside PLOVER: markets, mourning, a trend online). Not scored. */
  readonly type: string;
  /** TimeML value of the day (or month, year, week) of the happening; null when the text leaves it undated (not scored). */
  readonly date: string | null;
  /** Other values a careful reader of this text could defend (a strike after midnight in Baghdad is still the 2nd in UTC). */
  readonly accept?: readonly string[];
  readonly note?: string;
}

export interface SeedGold {
  /** File name in ../shared/corpus/seeds/. */
  readonly file: string;
  /** Document id that `storyline extract` printed when the gold was made (informational). */
  readonly document: string;
  readonly published: string;
  readonly entities: readonly GoldEntity[];
  readonly quotes: readonly GoldQuote[];
  readonly events: readonly GoldEvent[];
}

const TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FACILITY']);
const KINDS: ReadonlySet<string> = new Set(['direct', 'indirect', 'mixed']);
const TIMEML_DATE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2})$/;

/** Checks the shape and the cross-references; returns the problems found (empty when sound). */
export function checkGold(gold: SeedGold): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const entity of gold.entities) {
    if (!TYPES.has(entity.type)) problems.push(`entity ${entity.name}: type ${entity.type}`);
    if (entity.aliases.length === 0 && (entity.metonyms ?? []).length === 0) problems.push(`entity ${entity.name}: no surface form`);
    if (names.has(entity.name)) problems.push(`entity ${entity.name}: listed twice`);
    names.add(entity.name);
  }
  for (const quote of gold.quotes) {
    if (!KINDS.has(quote.kind)) problems.push(`quote "${quote.snippet}": kind ${quote.kind}`);
    if (quote.snippet.split(/\s+/).length > 10) problems.push(`quote "${quote.snippet}": snippet too long`);
  }
  for (const event of gold.events) {
    for (const value of [event.date, ...(event.accept ?? [])]) {
      if (value !== null && !TIMEML_DATE.test(value)) problems.push(`event "${event.snippet}": date ${value}`);
    }
    if (event.snippet.split(/\s+/).length > 10) problems.push(`event "${event.snippet}": snippet too long`);
  }
  return problems;
}
