/**
 * Entities with aliases merged. A gold entity and a predicted one are linked when their types agree
 * (or gold allows the predicted type) and they share a name: the canonical name or an alias, compared
 * normalised and with or without titles. Each predicted entity may stand for one gold entity only
 * (a maximum one-to-one matching), so a split entity costs precision (the second half matches
 * nothing left) and a merged one costs recall (two gold entities, one prediction).
 * Metonyms (`Tehran` for Iran's government, `Mexican` in `Mexican President`) link too, but weakly:
 * a shared name or alias is tried first, so a separate predicted `Tehran` entity beside a predicted
 * `Iran` stays unmatched (the merge was missed), while a system that names the government only by
 * its capital or demonym still finds it.
 *
 * alias_recall: of all gold surface forms (aliases and metonyms), the share found among the names of
 * the predicted entity matched to their gold entity. A metonym also counts as landed when it names a
 * predicted entity whose `country` is that of the matched entity (a NORP `Iranian` linked to IR).
 */
import type { Annotations, Entity } from '../../model/index.ts';
import type { GoldEntity } from './gold.ts';
import { countShared, hasName, nameKeys } from './names.ts';
import type { Counts } from './prf.ts';

/** The six types the seeds are annotated for; predictions of other types are not scored. */
export const SCORED_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FACILITY']);

export interface EntityScore {
  readonly counts: Counts;
  readonly aliasesLanded: number;
  readonly aliasesGold: number;
  /** Gold entity name → matched predicted entity id, for reporting misses. */
  readonly matches: ReadonlyMap<string, string>;
}

/** Names of each predicted entity: its name, aliases and the texts of its mentions. */
export function predictedNames(annotations: Pick<Annotations, 'entities' | 'mentions'>): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const entity of annotations.entities) names.set(entity.id, nameKeys([entity.name, ...entity.aliases]));
  for (const mention of annotations.mentions) {
    const keys = names.get(mention.entity);
    if (keys) for (const key of nameKeys([mention.text])) keys.add(key);
  }
  return names;
}

function goldKeys(entity: GoldEntity): Set<string> {
  return nameKeys([entity.name, ...entity.aliases]);
}

/** A shared name or alias outweighs any number of shared metonyms. */
function linkStrength(gold: GoldEntity, keys: ReadonlySet<string>, predicted: ReadonlySet<string>): number {
  return 100 * countShared(keys, predicted) + countShared(nameKeys(gold.metonyms ?? []), predicted);
}

function typeFits(gold: GoldEntity, predicted: Entity): boolean {
  return predicted.type === gold.type || (gold.alt_types ?? []).includes(predicted.type);
}

/**
 * Strongest links first (greedy), then augmenting paths (Kuhn) for gold entities still unmatched, so
 * the matching has maximum size but keeps the obvious pairs (`Iran`–`Iran` rather than `Iran`–`Tehran`).
 */
function maximumMatching(candidates: readonly (readonly { index: number; shared: number }[])[], predictedCount: number): number[] {
  const owner = new Array<number>(predictedCount).fill(-1);
  const matchOfGold = new Array<number>(candidates.length).fill(-1);
  const edges = candidates.flatMap((list, g) => list.map((c) => ({ g, p: c.index, shared: c.shared }))).sort((a, b) => b.shared - a.shared);
  for (const { g, p } of edges) {
    if (matchOfGold[g] !== -1 || owner[p] !== -1) continue;
    owner[p] = g;
    matchOfGold[g] = p;
  }
  const tryAssign = (g: number, seen: boolean[]): boolean => {
    for (const { index: p } of candidates[g]!) {
      if (seen[p]) continue;
      seen[p] = true;
      if (owner[p] === -1 || tryAssign(owner[p]!, seen)) {
        owner[p] = g;
        matchOfGold[g] = p;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < candidates.length; g++) if (matchOfGold[g] === -1) tryAssign(g, new Array<boolean>(predictedCount).fill(false));
  return matchOfGold;
}

export function scoreEntities(gold: readonly GoldEntity[], annotations: Pick<Annotations, 'entities' | 'mentions'>): EntityScore {
  const predicted = annotations.entities.filter((e) => SCORED_TYPES.has(e.type));
  const names = predictedNames(annotations);
  const keysOf = (e: Entity): Set<string> => names.get(e.id) ?? new Set();
  const candidates = gold.map((g) => {
    const keys = goldKeys(g);
    return predicted
      .map((p, index) => ({ index, shared: typeFits(g, p) ? linkStrength(g, keys, keysOf(p)) : 0 }))
      .filter((c) => c.shared > 0)
      .sort((a, b) => b.shared - a.shared);
  });
  const matchOfGold = maximumMatching(candidates, predicted.length);
  let aliasesLanded = 0;
  let aliasesGold = 0;
  const matches = new Map<string, string>();
  gold.forEach((g, gi) => {
    const forms = [...new Set([...g.aliases, ...(g.metonyms ?? [])])];
    aliasesGold += forms.length;
    const p = predicted[matchOfGold[gi]!];
    if (!p) return;
    matches.set(g.name, p.id);
    const own = keysOf(p);
    const metonyms = new Set(g.metonyms ?? []);
    for (const form of forms) {
      if (hasName(own, form)) aliasesLanded++;
      else if (metonyms.has(form) && p.country !== undefined && annotations.entities.some((q) => q.country === p.country && hasName(keysOf(q), form))) aliasesLanded++;
    }
  });
  const found = matchOfGold.filter((p) => p >= 0).length;
  return { counts: { correct: found, predicted: predicted.length, found, gold: gold.length }, aliasesLanded, aliasesGold, matches };
}
