/**
 * The document memory of the tagger (non-local features in the manner of Ratinov & Roth 2009): for
 * each capitalised word form, the type it last received in the document and every type it has
 * received so far ("extended prediction history": a form tagged ORG twice and PERSON once is
 * ambiguous, which the last type alone hides).
 */
import { NER_TYPES, OTHER_NAME } from './tags.ts';

/** Types that can be remembered, in bit order. */
export const MEMORY_TYPES: readonly string[] = [...NER_TYPES, OTHER_NAME];
const BIT = new Map(MEMORY_TYPES.map((t, i) => [t, 1 << i]));

export class DocumentMemory {
  private readonly last = new Map<string, string>();
  private readonly seen = new Map<string, number>();

  remember(word: string, type: string): void {
    this.last.set(word, type);
    this.seen.set(word, (this.seen.get(word) ?? 0) | (BIT.get(type) ?? 0));
  }

  /** The type the form last received, if any. */
  lastType(word: string): string | undefined {
    return this.last.get(word);
  }

  /** Bit set over MEMORY_TYPES of every type the form has received (0 = none). */
  seenTypes(word: string): number {
    return this.seen.get(word) ?? 0;
  }
}

/** The names of the types in a bit set. */
export function typesOfBits(bits: number): string[] {
  return MEMORY_TYPES.filter((_, i) => (bits & (1 << i)) !== 0);
}
