/**
 * Corrections of the entity layer made by people (issue 10, "Corrections"): merge two entities,
 * split an alias off an entity, rename one, set its type. They are kept as data and applied when
 * entities are read — never by rewriting what the analysis stored — so re-analysis and re-ingest
 * keep them, and deleting a correction undoes it. Keys are the stable corpus keys of entities
 * (`PERSON:qasem soleimani`); a split is keyed on the alias text as well.
 *
 * Pure: `indexCorrections` compiles a list, `correctEntity` applies it to one document's entity.
 */
import type { EntityType } from './annotations.ts';

export type CorrectionKind = 'merge' | 'split' | 'rename' | 'set_type';

export const CORRECTION_KINDS: readonly CorrectionKind[] = ['merge', 'split', 'rename', 'set_type'];
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FACILITY', 'EVENT', 'OTHER'];

export interface Correction {
  readonly id: number;
  readonly kind: CorrectionKind;
  /** The entity key the correction is about (as the entity list shows it, corrections applied). */
  readonly subject: string;
  /** merge: the key it is merged into; split: the alias split off; rename: the new name; set_type: the type. */
  readonly value: string;
  readonly note: string | null;
  /** ISO timestamp. */
  readonly created: string;
}

/** What a correction is made of before it is stored. */
export type CorrectionInput = Pick<Correction, 'kind' | 'subject' | 'value'> & { readonly note?: string | null };

/** The corrections compiled for lookups; later corrections of one kind and subject win. */
export interface CorrectionIndex {
  readonly merges: ReadonlyMap<string, string>;
  /** subject → normalised alias → the split-off entity's key. */
  readonly splits: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly names: ReadonlyMap<string, string>;
  readonly types: ReadonlyMap<string, string>;
  /** Every key some correction starts from: entities under no other key are untouched. */
  readonly subjects: ReadonlySet<string>;
}

/** The parts of an entity a correction may change. */
export interface EntityFace {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
}

/** Case and spacing do not tell aliases apart (`Soleimani`, `soleimani `). */
export function normaliseAlias(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The key of what a split takes off `subject`: stable, so the split survives re-analysis. */
export function splitKey(subject: string, alias: string): string {
  return `${subject}|${normaliseAlias(alias)}`;
}

export function indexCorrections(corrections: readonly Correction[]): CorrectionIndex {
  const merges = new Map<string, string>();
  const splits = new Map<string, Map<string, string>>();
  const names = new Map<string, string>();
  const types = new Map<string, string>();
  const ordered = [...corrections].sort((a, b) => a.id - b.id);
  for (const c of ordered) {
    if (c.kind === 'merge') merges.set(c.subject, c.value);
    else if (c.kind === 'rename') names.set(c.subject, c.value);
    else if (c.kind === 'set_type') types.set(c.subject, c.value);
    else {
      const bySubject = splits.get(c.subject) ?? new Map<string, string>();
      bySubject.set(normaliseAlias(c.value), splitKey(c.subject, c.value));
      splits.set(c.subject, bySubject);
    }
  }
  return { merges, splits, names, types, subjects: new Set(ordered.map((c) => c.subject)) };
}

export const NO_CORRECTIONS: CorrectionIndex = indexCorrections([]);

/**
 * The keys an entity passes through, from its corpus key to its effective key: a split of its name
 * first (the more specific correction), then merges. A cycle stops at the first repeated key.
 */
export function keyPath(index: CorrectionIndex, corpusKey: string, name: string): string[] {
  const path = [corpusKey];
  const seen = new Set(path);
  const alias = normaliseAlias(name);
  for (let key = corpusKey; ;) {
    const next = index.splits.get(key)?.get(alias) ?? index.merges.get(key);
    if (next === undefined || seen.has(next)) return path;
    path.push(next);
    seen.add(next);
    key = next;
  }
}

export function resolveEntityKey(index: CorrectionIndex, corpusKey: string, name: string): string {
  return keyPath(index, corpusKey, name).at(-1) ?? corpusKey;
}

/**
 * One document's entity as the corrections show it: its effective key, the name a rename gave that
 * key (the document's own name becomes an alias), the type set for it, and its aliases without
 * those split off a key on its way.
 */
export function correctEntity<E extends EntityFace>(index: CorrectionIndex, entity: E): E {
  if (!index.subjects.has(entity.key)) return entity;
  const path = keyPath(index, entity.key, entity.name);
  const key = path.at(-1) ?? entity.key;
  const name = index.names.get(key) ?? entity.name;
  const splitOff = new Set(path.flatMap((k) => [...(index.splits.get(k)?.keys() ?? [])]));
  const own = normaliseAlias(entity.name);
  const aliases = [...entity.aliases, ...(name === entity.name ? [] : [entity.name])]
    .filter((a) => a !== name && (normaliseAlias(a) === own || !splitOff.has(normaliseAlias(a))));
  return { ...entity, key, name, type: index.types.get(key) ?? entity.type, aliases: [...new Set(aliases)] };
}

/**
 * Why a new correction cannot be made, given the stored ones (null when it can): empty values, a
 * merge into itself or into a key that merges back into it, an unknown type.
 */
export function correctionProblem(stored: readonly Correction[], input: CorrectionInput): string | null {
  const value = input.value.trim();
  if (input.subject.trim() === '') return 'the entity key is empty';
  if (value === '') return input.kind === 'split' ? 'the alias is empty' : input.kind === 'merge' ? 'the key to merge into is empty' : 'the new value is empty';
  if (input.kind === 'set_type' && !(ENTITY_TYPES as readonly string[]).includes(value)) {
    return `unknown entity type "${value}"; expected one of ${ENTITY_TYPES.join(', ')}`;
  }
  if (input.kind === 'merge') {
    if (value === input.subject) return 'an entity cannot be merged into itself';
    const index = indexCorrections(stored);
    const targetPath = keyPath(index, value, '');
    if (targetPath.includes(input.subject)) return `"${value}" is already merged into "${input.subject}"; undo that merge first`;
    // Merged back into where it was split off, the alias would go round in a circle: that is an undo.
    const split = stored.find((c) => c.kind === 'split' && splitKey(c.subject, c.value) === input.subject && targetPath.includes(c.subject));
    if (split) return `"${input.subject}" was split off "${split.subject}"; undo that split (correction ${split.id}) instead`;
  }
  return null;
}
