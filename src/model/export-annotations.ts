/**
 * One document's Annotations as export records (EXPORT.md): spans in code points, document-local
 * entity ids replaced by corpus entity ids (`e…`, from the corpus key), record ids prefixed with
 * the document id so they are unique across the export.
 */
import type { Annotations, Entity } from './annotations.ts';
import type { Span } from './span.ts';
import { codePointOffsets } from './code-points.ts';
import { entityId, recordId } from './ids.ts';

export interface ExportEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly title: string; readonly org?: string }[];
  readonly country: string | null;
  readonly geo: { readonly lat: number; readonly lon: number } | null;
}

export interface ExportAnnotations {
  readonly entities: readonly ExportEntity[];
  readonly mentions: readonly object[];
  readonly quotes: readonly object[];
  readonly timexes: readonly object[];
  readonly events: readonly object[];
  readonly facts: readonly object[];
  readonly stances: readonly object[];
}

export function toExportAnnotations(text: string, a: Annotations): ExportAnnotations {
  const cp = codePointOffsets(text);
  const span = (s: Span) => ({ start: cp(s.start), end: cp(s.end) });
  const ids = new Map(a.entities.map((e) => [e.id, entityId(e.key)]));
  const ent = (local: string | null | undefined) => (local == null ? null : (ids.get(local) ?? null));
  const doc = a.doc;
  return {
    entities: a.entities.map(toExportEntity),
    mentions: a.mentions.map((m) => ({ entity: ent(m.entity), doc, ...span(m), text: m.text })),
    quotes: a.quotes.map((q) => ({
      id: recordId(doc, q.id), doc, ...span(q), content: span(q.content), cue: q.cue ? span(q.cue) : null,
      speaker: q.speaker ? { entity: ent(q.speaker.entity), ...span(q.speaker), text: q.speaker.text } : { entity: null, text: '' },
      kind: q.kind, medium: q.medium ?? null, addressee: q.addressee ?? null,
    })),
    timexes: a.timexes.map((t) => ({ id: recordId(doc, t.id), doc, ...span(t), text: t.text, type: t.type, value: t.value, anchor: t.anchor })),
    events: a.events.map((e) => ({
      id: recordId(doc, e.id), doc, ...span(e), trigger: span(e.trigger), type: e.type, mode: e.mode ?? null, cameo: e.cameo,
      actor: ent(e.actor), target: ent(e.target), place: ent(e.place),
      date: e.date ? { value: e.date.value, precision: e.date.precision, from: e.date.from === 'timex' && e.date.timex ? `timex:${recordId(doc, e.date.timex)}` : e.date.from } : null,
      intensity: e.intensity, reported_by: e.reportedBy ? recordId(doc, e.reportedBy) : null,
    })),
    facts: a.facts.map((f) => ({
      id: recordId(doc, f.id), doc, ...span(f), quantity: f.quantity, unit: f.unit ?? null, about: f.about,
      entity: ent(f.entity), change: f.change ?? null,
    })),
    stances: a.stances.map((s) => ({
      id: recordId(doc, s.id), doc, ...span(s), actor: ent(s.actor), stance: s.stance,
      toward: s.toward === 'document' ? doc : recordId(doc, s.toward),
    })),
  };
}

function toExportEntity(e: Entity): ExportEntity {
  return {
    id: entityId(e.key), type: e.type, name: e.name, aliases: e.aliases, roles: e.roles,
    country: e.country ?? null, geo: e.geo ?? null,
  };
}

/** Two documents' records of one corpus entity, merged: the longer name, every alias and role once. */
export function mergeExportEntities(a: ExportEntity, b: ExportEntity): ExportEntity {
  const name = b.name.length > a.name.length ? b.name : a.name;
  const aliases = [...new Set([...a.aliases, ...b.aliases, a.name, b.name])].filter((x) => x !== name).sort();
  const roles = [...new Map([...a.roles, ...b.roles].map((r) => [`${r.title}|${r.org ?? ''}`, r])).values()];
  return { ...a, name, aliases, roles, country: a.country ?? b.country, geo: a.geo ?? b.geo };
}
