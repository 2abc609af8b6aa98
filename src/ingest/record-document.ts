/** One parsed JSON value (a JSONL line, an array item, a whole JSON file) → a RawDocument or a Problem. */
import type { Problem, RawDocument } from '../model/index.ts';
import { problem } from '../model/index.ts';
import { isRecord, mapRecord } from './map-record.ts';
import type { Note } from './types.ts';

export interface RecordResult {
  readonly document: RawDocument | null;
  readonly problems: Problem[];
}

export function notesToProblems(source: string, item: string, notes: readonly Note[], fatal: boolean): Problem[] {
  return notes.map((n) => problem(source, n.code, n.reason, item, fatal));
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

/** `bytes` are the record's own bytes (its line, or its JSON text); they are what de-duplication hashes. */
export function recordDocument(value: unknown, origin: string, bytes: Uint8Array, source: string): RecordResult {
  if (!isRecord(value)) {
    return { document: null, problems: [problem(source, 'not-a-record', `expected a JSON object, found ${describe(value)}`, origin, true)] };
  }
  const mapped = mapRecord(value);
  if (!mapped.ok) return { document: null, problems: [problem(source, mapped.note.code, mapped.note.reason, origin, true)] };
  return { document: { origin, bytes, contentType: mapped.contentType, content: mapped.content, hints: mapped.hints }, problems: [] };
}

/** JSON.parse's message, shortened: V8 quotes the input, which may be long. */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `not valid JSON: ${message.length > 160 ? `${message.slice(0, 160)}…` : message}`;
}
