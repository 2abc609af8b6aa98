/**
 * Contradictions (issue 8, part 6): where the sources of one story disagree — the time of one
 * live-blog entry, the spelling of a name, a person's title, a count, who did something — with every
 * side cited. One detector per file; see README.md for what each counts as a disagreement and why.
 */
import type { StoryArticle } from '../story-article.ts';
import { findActorContradictions } from './actors.ts';
import { currentArticles } from '../story-article.ts';
import { groupEntities } from './entity-groups.ts';
import { findNumberContradictions } from './numbers.ts';
import { findSpellingContradictions } from './spelling.ts';
import { findTimeContradictions } from './time.ts';
import { findTitleContradictions } from './titles.ts';
import type { Contradiction, ContradictionKind, PassageMatches } from './types.ts';

export type { Citation, Claim, Contradiction, ContradictionKind, PassageMatches } from './types.ts';
export { findTimeContradictions, duration } from './time.ts';
export { findSpellingContradictions } from './spelling.ts';
export { findTitleContradictions } from './titles.ts';
export { findNumberContradictions, interval } from './numbers.ts';
export { findActorContradictions } from './actors.ts';
export { groupEntities, type EntityRef } from './entity-groups.ts';
export { isSpellingVariant, spellingDifferences } from './similarity.ts';
export { toContradictionRecords, type ContradictionRecord } from './export.ts';

const KIND_ORDER: readonly ContradictionKind[] = ['time', 'spelling', 'title', 'number', 'actor', 'other'];

/**
 * Every disagreement among the story's articles. `passageMatches` are the duplicates stage's shared
 * passages (records or pairs: `docs` and `passages` id pairs); they are read only for live-blog times.
 * Older versions (`newerVersion` set) are skipped except by the time detector, which compares versions.
 */
export function findContradictions(articles: readonly StoryArticle[], passageMatches: readonly PassageMatches[]): Contradiction[] {
  const current = currentArticles(articles);
  const groups = groupEntities(current);
  const found = [
    ...findTimeContradictions(articles, passageMatches),
    ...findSpellingContradictions(groups),
    ...findTitleContradictions(groups),
    ...findNumberContradictions(current),
    ...findActorContradictions(current),
  ];
  return found.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.about < b.about ? -1 : a.about > b.about ? 1 : 0));
}
