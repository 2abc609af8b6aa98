/**
 * Entity corrections in the export (EXPORT.md, an addition to format storyline/1): the corrections
 * themselves as `corrections` records, and the corrected entities' names, aliases and types taken
 * from the store's entity list, where a merge target's own name and a rename win (merging export
 * records alone would keep the longest name, which may be the merged-away entity's).
 */
import type { Correction, ExportEntity } from '../model/index.ts';
import { entityId, indexCorrections, resolveEntityKey, splitKey } from '../model/index.ts';
import type { Store } from '../store/index.ts';

export interface CorrectionRecord {
  readonly id: string;
  readonly kind: Correction['kind'];
  readonly entity: string;
  readonly subject: string;
  readonly value: string;
  readonly into?: string;
  readonly note: string | null;
  readonly created: string;
}

export function toCorrectionRecords(corrections: readonly Correction[]): CorrectionRecord[] {
  return corrections.map((c) => {
    const into = c.kind === 'merge' ? entityId(c.value) : c.kind === 'split' ? entityId(splitKey(c.subject, c.value)) : undefined;
    return { id: String(c.id), kind: c.kind, entity: entityId(c.subject), subject: c.subject, value: c.value, ...(into ? { into } : {}), note: c.note, created: c.created };
  });
}

/** The export's merged entities, with every entity a correction ends at read back as the entity list shows it. */
export async function correctedExportEntities(store: Store, corrections: readonly Correction[], entities: ReadonlyMap<string, ExportEntity>): Promise<ExportEntity[]> {
  const out = new Map(entities);
  const index = indexCorrections(corrections);
  const ends = new Set(corrections.flatMap((c) => [
    resolveEntityKey(index, c.subject, ''),
    ...(c.kind === 'merge' ? [resolveEntityKey(index, c.value, '')] : []),
    ...(c.kind === 'split' ? [resolveEntityKey(index, splitKey(c.subject, c.value), '')] : []),
  ]));
  for (const key of ends) {
    const id = entityId(key);
    const exported = out.get(id);
    const [listed] = await store.listEntities({ entityKey: key, limit: 1 });
    if (exported && listed) out.set(id, { ...exported, type: listed.type, name: listed.name, aliases: listed.aliases });
  }
  return [...out.values()];
}
