/**
 * What every annotation step receives: the document plus whatever earlier steps produced.
 * The steps run in this order — names → entities → timexes → quotes → events → facts → stances —
 * and each reads only the fields filled before it (later fields are empty arrays).
 */
import type { Document, Entity, Event, Mention, NameSpan, Quote, Sentence, Timex, Token } from '../model/index.ts';
import type { DocumentGazetteer } from './gazetteer/index.ts';

export interface StageInput {
  readonly doc: Document;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /**
   * The gazetteer matched once over the words of `tokens` (annotate fills it before the tagger, which
   * reads its labels, and the entity steps read its matches); absent, each step matches on its own.
   */
  readonly gazetteer?: DocumentGazetteer;
  readonly names: readonly NameSpan[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly timexes: readonly Timex[];
  readonly quotes: readonly Quote[];
  readonly events: readonly Event[];
}
