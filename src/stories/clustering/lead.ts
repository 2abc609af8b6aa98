/**
 * Two length-aware adjustments, measured on the dev files (README "Round 2"):
 * - the lead of an article (its title and first lines) is counted twice, so the terms that say what
 *   the story is outweigh the background of the body;
 * - a very short text (a bare headline) joins at its own threshold: its few terms rarely reach the
 *   cosine a full article reaches against the same story.
 */
import type { ClusterOptions } from './types.ts';

/** `text` with its first `lines` non-empty lines prepended once more (unchanged when `lines` ≤ 0). */
export function withLead(text: string, lines: number): string {
  if (lines <= 0) return text;
  const lead = text.split('\n').filter((line) => line.trim() !== '').slice(0, lines);
  return lead.length === 0 ? text : `${lead.join('\n')}\n${text}`;
}

/** The join threshold for a document with `distinctTerms` terms (bigrams included). */
export function joinThresholdFor(distinctTerms: number, options: Pick<ClusterOptions, 'joinThreshold' | 'shortTextTerms' | 'shortJoinThreshold'>): number {
  return distinctTerms <= options.shortTextTerms ? options.shortJoinThreshold : options.joinThreshold;
}
