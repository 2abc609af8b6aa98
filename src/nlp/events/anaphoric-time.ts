/**
 * An anaphoric time phrase: "At the time, the two countries broke off ties." "At the time" and "at
 * that time" point back to the time the text named last, so the happening took place then: the
 * latest calendar time expression before the clause in the same paragraph (last-named-time.ts:
 * "… the crisis that shook the region in 1979. … At the time, …" → 1979). "At the time of the raid",
 * "at the time when …" name a reference of their own and are left alone; so is a paragraph that
 * named no time before (the caller's other rules date the happening then).
 */
import type { Document, EventDate, Span, Timex } from '../../model/index.ts';
import { lastNamedTime } from './last-named-time.ts';

const POINTERS: ReadonlySet<string> = new Set(['the', 'that']);

/** Words after "at the time" that give it a reference of its own ("at the time of …", "at the time when …", "at the time we met"). */
const OWN_REFERENCE: ReadonlySet<string> = new Set(['of', 'when', 'that', 'in', 'we', 'i', 'he', 'she', 'they', 'it']);

/** Whether the clause's words hold "at the time" / "at that time" pointing back. */
export function pointsBackInTime(words: readonly string[]): boolean {
  for (let i = 0; i + 2 < words.length; i++) {
    const word = words[i]!;
    if (word !== 'at' && word !== 'At') continue; // no lower-casing for the other words of the clause
    if (!POINTERS.has(words[i + 1]!.toLowerCase()) || words[i + 2]!.toLowerCase() !== 'time') continue;
    if (!OWN_REFERENCE.has(words[i + 3]?.toLowerCase() ?? '')) return true;
  }
  return false;
}

/** The date "at the time" points to for the clause `unit`: the last time its paragraph named before it, or null. */
export function anaphoricDate(doc: Pick<Document, 'passages' | 'text'>, timexes: readonly Timex[], unit: Span): EventDate | null {
  // only clauses holding the phrase get here (rare): a plain search for their paragraph
  const paragraph = doc.passages.find((p) => p.start <= unit.start && unit.start < p.end);
  return paragraph === undefined ? null : lastNamedTime(doc, timexes, paragraph, unit.start);
}
