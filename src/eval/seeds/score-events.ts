/**
 * Event dates, sentence by sentence. Gold names, for each sentence that reports a happening, the
 * happenings and their dates; predicted events are placed in the sentence holding their trigger.
 *
 * - recall: a gold event (with a date) is found when a predicted event in its sentence carries its
 *   date or one of its accepted dates. Several gold events of one sentence with one date are all
 *   found by one predicted event: this scores dates, not event segmentation.
 * - precision: over the distinct (sentence, date value) pairs of predicted events that have a date.
 *   A pair is correct when a dated gold event of that sentence accepts the value. Pairs in sentences
 *   gold leaves without any event are wrong (the system dated a happening gold does not see there);
 *   pairs in sentences whose gold events are all undated (`date: null`) are left out, as are
 *   predicted events without a date (they claim no date).
 * - A predicted value matches a gold value when equal or more precise within it (`2019-10-15`
 *   within `2019-10`; `2020-01-03T07:05` within `2020-01-03`).
 */
import type { Annotations, Sentence, Span } from '../../model/index.ts';
import type { GoldEvent } from './gold.ts';
import { sentenceAt } from './locate.ts';
import type { Counts } from './prf.ts';

export interface LocatedEvent {
  readonly gold: GoldEvent;
  readonly span: Span | null;
}

export interface EventDateScore {
  readonly counts: Counts;
  /** Precision over pairs in sentences gold annotates with a dated event only. */
  readonly inGoldSentences: { readonly correct: number; readonly predicted: number };
  readonly missed: readonly string[];
}

export function dateWithin(predicted: string, gold: string): boolean {
  return predicted === gold || predicted.startsWith(`${gold}-`) || predicted.startsWith(`${gold}T`);
}

function accepts(event: GoldEvent, value: string): boolean {
  if (event.date === null) return false;
  return [event.date, ...(event.accept ?? [])].some((gold) => dateWithin(value, gold));
}

export function scoreEventDates(gold: readonly LocatedEvent[], sentences: readonly Sentence[], annotations: Pick<Annotations, 'events'>): EventDateScore {
  const goldBySentence = new Map<number, GoldEvent[]>();
  for (const { gold: g, span } of gold) {
    if (span === null) continue;
    const index = sentenceAt(sentences, span.start);
    const list = goldBySentence.get(index) ?? [];
    list.push(g);
    goldBySentence.set(index, list);
  }
  const predictedBySentence = new Map<number, Set<string>>();
  for (const event of annotations.events) {
    if (event.date === null) continue;
    const index = sentenceAt(sentences, event.trigger.start);
    const values = predictedBySentence.get(index) ?? new Set<string>();
    values.add(event.date.value);
    predictedBySentence.set(index, values);
  }
  let found = 0;
  let dated = 0;
  const missed: string[] = [];
  for (const { gold: g, span } of gold) {
    if (g.date === null) continue;
    dated++;
    const values = span === null ? undefined : predictedBySentence.get(sentenceAt(sentences, span.start));
    if (values && [...values].some((value) => accepts(g, value))) found++;
    else missed.push(g.snippet);
  }
  let correct = 0;
  let predicted = 0;
  let inGoldCorrect = 0;
  let inGoldPredicted = 0;
  for (const [index, values] of predictedBySentence) {
    const golds = index >= 0 ? goldBySentence.get(index) : undefined;
    const datedGolds = (golds ?? []).filter((g) => g.date !== null);
    if (golds && datedGolds.length === 0) continue;
    for (const value of values) {
      const right = datedGolds.some((g) => accepts(g, value));
      predicted++;
      if (right) correct++;
      if (datedGolds.length > 0) {
        inGoldPredicted++;
        if (right) inGoldCorrect++;
      }
    }
  }
  return { counts: { correct, predicted, found, gold: dated }, inGoldSentences: { correct: inGoldCorrect, predicted: inGoldPredicted }, missed };
}
