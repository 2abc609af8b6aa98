/**
 * One real-world thing across the story's documents: entities with the same corpus key, plus
 * entities of the same type whose multi-word names are one name spelled differently (the key fold
 * misses some transliterations). `Hassan Rouhani` and `Hassan Nasrallah` share a token but the other
 * differs too much, so they stay apart.
 */
import type { Entity } from '../../model/index.ts';
import type { StoryArticle } from '../story-article.ts';
import { getOrCreate } from './claims.ts';
import { nameTokens, spellingDifferences } from './similarity.ts';

export interface EntityRef {
  readonly article: StoryArticle;
  readonly entity: Entity;
}

export function groupEntities(articles: readonly StoryArticle[]): EntityRef[][] {
  const byKey = new Map<string, EntityRef[]>();
  for (const article of articles) for (const entity of article.annotations.entities) getOrCreate(byKey, entity.key, () => []).push({ article, entity });
  const keys = [...byKey.keys()];
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(k, r);
    return r;
  };
  // Link keys by name: only same type, same number of tokens (two or more), at least one token shared.
  const named = keys.map((key) => {
    const first = (byKey.get(key) as EntityRef[])[0] as EntityRef;
    return { key, type: first.entity.type, tokens: nameTokens(first.entity.name) };
  });
  const buckets = new Map<string, typeof named>();
  for (const n of named) if (n.tokens.length >= 2) getOrCreate(buckets, `${n.type}/${n.tokens.length}`, () => []).push(n);
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i] as (typeof named)[number];
        const b = bucket[j] as (typeof named)[number];
        const diffs = spellingDifferences(a.tokens, b.tokens);
        if (diffs && diffs.length < a.tokens.length) parent.set(find(a.key), find(b.key));
      }
    }
  }
  const groups = new Map<string, EntityRef[]>();
  for (const key of keys) getOrCreate(groups, find(key), () => []).push(...(byKey.get(key) as EntityRef[]));
  return [...groups.values()];
}

/** The name most members use (ties: the longest, then alphabetical), for `about` lines. */
export function displayName(group: readonly EntityRef[]): string {
  const counts = new Map<string, number>();
  for (const r of group) counts.set(r.entity.name, (counts.get(r.entity.name) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? '';
}
