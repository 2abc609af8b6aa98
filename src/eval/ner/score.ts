/**
 * Exact-span micro P/R/F1 with conlleval semantics: a predicted chunk counts only when its first
 * token, last token and type all equal a gold chunk's. Chunks are read from BIO/IOB tags by
 * `tagsToSpans` (an `I-X` after `O` or another type starts a chunk, as conlleval does).
 */
import { tagsToSpans, type TagSpan } from '../../nlp/ner/index.ts';

export interface TypeCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface SpanScore {
  readonly byType: Map<string, TypeCounts>;
  readonly micro: TypeCounts;
}

export function f1Of(c: TypeCounts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
  const recall = c.gold === 0 ? 0 : c.correct / c.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Scores sentence-aligned tag sequences. `mapType` renames a chunk's type (null drops the chunk:
 * it then counts neither as gold nor as predicted); `types` lists the types reported.
 */
export function scoreSpans(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  mapGold: (type: string) => string | null,
  mapPredicted: (type: string) => string | null,
): SpanScore {
  const byType = new Map<string, TypeCounts>();
  const micro: TypeCounts = { gold: 0, predicted: 0, correct: 0 };
  const counts = (type: string): TypeCounts => {
    let c = byType.get(type);
    if (!c) byType.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  };
  const keyOf = (s: TagSpan, type: string): string => `${s.first}:${s.last}:${type}`;
  gold.forEach((goldTags, i) => {
    const goldKeys = new Set<string>();
    for (const s of tagsToSpans(goldTags)) {
      const type = mapGold(s.type);
      if (type === null) continue;
      goldKeys.add(keyOf(s, type));
      counts(type).gold++;
      micro.gold++;
    }
    for (const s of tagsToSpans(predicted[i] ?? [])) {
      const type = mapPredicted(s.type);
      if (type === null) continue;
      counts(type).predicted++;
      micro.predicted++;
      if (goldKeys.has(keyOf(s, type))) {
        counts(type).correct++;
        micro.correct++;
      }
    }
  });
  return { byType, micro };
}
