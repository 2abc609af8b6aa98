/** Corpus-level actors: one per `Entity.key` across documents, named by the fullest name any document uses. */
import type { Entity, EntityType } from '../../model/index.ts';

export interface Actor {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country?: string;
}

interface Tally {
  readonly names: Map<string, number>;
  readonly types: Map<EntityType, number>;
  readonly countries: Set<string>;
  noCountry: boolean;
}

/** Collects the entities of many documents and answers, per key, the actor a row shows. */
export class ActorTable {
  private readonly tallies = new Map<string, Tally>();

  add(entity: Entity): void {
    let t = this.tallies.get(entity.key);
    if (!t) this.tallies.set(entity.key, (t = { names: new Map(), types: new Map(), countries: new Set(), noCountry: false }));
    t.names.set(entity.name, (t.names.get(entity.name) ?? 0) + 1);
    t.types.set(entity.type, (t.types.get(entity.type) ?? 0) + 1);
    if (entity.country) t.countries.add(entity.country);
    else t.noCountry = true;
  }

  actor(key: string): Actor {
    const t = this.tallies.get(key);
    if (!t) throw new Error(`reactions: no entity with key ${JSON.stringify(key)} was added to the actor table`);
    const name = best(t.names, (a, b) => b.length - a.length);
    const type = best(t.types, () => 0);
    // A country only when every document's entity of the key names the same one: never a guess.
    const country = t.countries.size === 1 && !t.noCountry ? [...t.countries][0] : undefined;
    return country ? { key, name, type, country } : { key, name, type };
  }
}

/** The value preferred by `prefer`, then the most frequent, then the first in code-unit order (stable across runs). */
function best<T extends string>(counts: ReadonlyMap<T, number>, prefer: (a: T, b: T) => number): T {
  const sorted = [...counts].sort(([a, na], [b, nb]) => prefer(a, b) || nb - na || (a < b ? -1 : a > b ? 1 : 0));
  return (sorted[0] as [T, number])[0];
}
