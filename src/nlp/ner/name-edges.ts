/**
 * Candidate pruning for decoding. In decoding order a name can only begin at a token that follows an
 * `O` (or the sentence start); almost every such beginning is a word with a capital letter. The few
 * lower-case words that do begin names in the training data (`'s` and `)` closing names read right to
 * left, `the`, name particles, romanised given-name syllables) are listed in the model's meta as
 * `lowercase_name_edges`; any other word without a capital that follows an `O` is tagged `O` without
 * scoring, unless the next word in decoding order is a hyphen (the unseen tails of hyphenated names,
 * `Chen Shui - bian`, `Kim Jong - il`). On OntoNotes and CoNLL dev about four tokens in five are such
 * words.
 */
import type { TrainingDocument } from './train.ts';
import { OUTSIDE } from './tags.ts';

/** The meta key that holds the list in a model file. */
export const NAME_EDGES_META = 'lowercase_name_edges';

/** True when the word has no upper-case letter (punctuation and digits included). */
export function hasNoCapital(word: string, lower: string): boolean {
  return word === lower;
}

/**
 * Words without a capital that begin a gold name (in decoding order: the last word of a name for a
 * right-to-left model) at least `minCount` times and in at least `minShare` of their occurrences,
 * sorted. The share leaves out the odd annotation slip on very common tokens (`.` ends 72 of 48,358
 * in OntoNotes + CoNLL train, 0.15 %), which would otherwise keep a tenth of all tokens from pruning.
 */
export function lowercaseNameEdges(docs: readonly TrainingDocument[], direction: 'ltr' | 'rtl', minCount = 2, minShare = 0.002): string[] {
  const counts = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const doc of docs) {
    for (const s of doc) {
      for (let i = 0; i < s.words.length; i++) {
        const word = s.words[i]!;
        if (!hasNoCapital(word, word.toLowerCase())) continue;
        seen.set(word, (seen.get(word) ?? 0) + 1);
        const tag = s.tags[i];
        if (tag === null || tag === undefined || tag === OUTSIDE) continue;
        // the edge met first in decoding order: a B- tag (ltr), or a name tag whose right neighbour is not inside the same name (rtl)
        const next = s.tags[i + 1];
        const isEdge = direction === 'ltr' ? tag.startsWith('B-') : next === undefined || next === null || !next.startsWith('I-') || next.slice(2) !== tag.slice(2);
        if (isEdge) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return [...counts].filter(([w, n]) => n >= minCount && n >= minShare * (seen.get(w) ?? 0)).map(([w]) => w).sort();
}
