/**
 * The page's side of entity corrections (GET/POST /api/corrections, DELETE /api/corrections/{id}):
 * the types, the calls, and how a correction reads in a sentence. The server applies a correction
 * everywhere at once, so a view only has to reload what it shows.
 */
import { getJson } from './api.ts';

export type CorrectionKind = 'merge' | 'split' | 'rename' | 'set_type';

/** Correction in src/server/schemas/corrections.ts. */
export interface Correction { id: number; kind: CorrectionKind; subject: string; value: string; note: string | null; created: string }

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FACILITY', 'EVENT', 'OTHER'] as const;

export function makeCorrection(kind: CorrectionKind, subject: string, value: string): Promise<Correction> {
  return getJson<Correction>('/api/corrections', {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ kind, subject, value }),
  });
}

export function undoCorrection(id: number): Promise<Correction> {
  return getJson<Correction>(`/api/corrections/${id}`, { method: 'DELETE' });
}

/** The key of what a split takes off (src/model/corrections.ts `splitKey`: case and spacing do not count). */
export function splitKey(subject: string, alias: string): string {
  return `${subject}|${alias.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export function entityHref(key: string): string {
  return `/entities/${encodeURIComponent(key)}`;
}

/** Whether a correction is about this entity: made on it, merging into it, or splitting off it. */
export function concerns(c: Correction, key: string): boolean {
  return c.subject === key || (c.kind === 'merge' && c.value === key) || (c.kind === 'split' && splitKey(c.subject, c.value) === key);
}

export function describeCorrection(c: Correction): string {
  if (c.kind === 'merge') return `merged ${c.subject} into ${c.value}`;
  if (c.kind === 'split') return `split “${c.value}” off ${c.subject}`;
  if (c.kind === 'rename') return `renamed ${c.subject} to “${c.value}”`;
  return `set the type of ${c.subject} to ${c.value}`;
}
