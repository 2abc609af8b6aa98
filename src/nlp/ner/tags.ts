/**
 * The tag set (BIO over our six name types) and conlleval-style decoding of tag sequences to spans.
 * OntoNotes calls FACILITY `FAC`; the tagger uses our EntityType name throughout.
 */
import type { EntityType } from '../../model/index.ts';

export const NER_TYPES = ['PERSON', 'NORP', 'FACILITY', 'ORG', 'GPE', 'LOC'] as const satisfies readonly EntityType[];
export type NerType = (typeof NER_TYPES)[number];

export const OUTSIDE = 'O';
/**
 * An auxiliary class for other names (OntoNotes EVENT, WORK_OF_ART, LAW, PRODUCT, LANGUAGE): learning
 * them as names of their own keeps the model from learning `Japan` in `the War of Resistance against
 * Japan` as plain O — the tagger finds them, and `tagNames` drops them.
 */
export const OTHER_NAME = 'MISC';
/** `O`, then `B-`/`I-` for each type and for MISC: the perceptron's classes, in this order. */
export const NER_TAGS: readonly string[] = [OUTSIDE, ...[...NER_TYPES, OTHER_NAME].flatMap((t) => [`B-${t}`, `I-${t}`])];

export interface TagSpan {
  /** Index of the first token. */
  readonly first: number;
  /** Index of the last token (inclusive). */
  readonly last: number;
  readonly type: string;
}

function splitTag(tag: string): [prefix: string, type: string] {
  if (tag === OUTSIDE || tag.length < 3 || tag[1] !== '-') return [OUTSIDE, ''];
  return [tag[0] as string, tag.slice(2)];
}

/**
 * Spans of a BIO tag sequence with conlleval semantics: a chunk starts at `B-X`, or at `I-X` after
 * `O` or another type (so IOB1 input decodes the same way), and ends before `O`, `B-*` or another type.
 */
export function tagsToSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const [prefix, t] = i < tags.length ? splitTag(tags[i] as string) : [OUTSIDE, ''];
    const continues = prefix === 'I' && t === type && start >= 0;
    if (!continues && start >= 0) {
      spans.push({ first: start, last: i - 1, type });
      start = -1;
      type = '';
    }
    if (prefix !== OUTSIDE && !continues) {
      start = i;
      type = t;
    }
  }
  return spans;
}

/** IOB1 (CoNLL-2003 original: `I-X` starts a chunk unless the previous token is of type X; `B-X` only between two chunks of X) → BIO2. */
export function iob1ToBio(tags: readonly string[]): string[] {
  const out = tags.map(() => OUTSIDE as string);
  for (const span of tagsToSpans(tags)) {
    for (let i = span.first; i <= span.last; i++) out[i] = `${i === span.first ? 'B' : 'I'}-${span.type}`;
  }
  return out;
}

/** True when `tag` may follow `previous` in BIO2 (`I-X` only after `B-X` or `I-X`). */
export function isAllowedAfter(previous: string, tag: string): boolean {
  if (tag.charCodeAt(0) !== 73 /* I */) return true;
  return previous.length === tag.length && previous.endsWith(tag.slice(1)) && previous !== OUTSIDE;
}

/**
 * The tags of the reversed token sequence, as BIO2 of the reversed order (a chunk's last token becomes
 * its `B-`). `null` (unknown) entries stay null at their mirrored position. Applying it twice gives
 * back the BIO2 form of the input.
 */
export function reverseTags<T extends string | null>(tags: readonly T[]): T[] {
  const n = tags.length;
  const out = tags.map((t) => (t === null ? null : OUTSIDE)).reverse() as T[];
  for (const span of tagsToSpans(tags.map((t) => t ?? OUTSIDE))) {
    const first = n - 1 - span.last;
    const last = n - 1 - span.first;
    for (let i = first; i <= last; i++) if (out[i] !== null) out[i] = `${i === first ? 'B' : 'I'}-${span.type}` as T;
  }
  return out;
}
