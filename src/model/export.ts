/** The export format, version 1 (../shared/design/EXPORT.md): records as they are written out. */
import { codePointOffsets } from './code-points.ts';
import type { DateValue, Document, DocumentKind, PassageKind } from './document.ts';

export const EXPORT_FORMAT = 'storyline/1';

/** The arrays of the top-level object; later stages fill the ones that are empty now. */
export const EXPORT_ARRAYS = [
  'documents', 'entities', 'mentions', 'quotes', 'timexes', 'events', 'facts', 'stances',
  'duplicates', 'stories', 'timeline', 'contradictions', 'corrections',
] as const;
export type ExportArray = (typeof EXPORT_ARRAYS)[number];

export interface ExportPassage {
  readonly id: string;
  readonly kind: PassageKind;
  readonly start: number;
  readonly end: number;
  readonly time?: string;
}

export interface ExportDocument {
  readonly id: string;
  readonly origin: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: DateValue | null;
  readonly source: string | null;
  readonly agencies: readonly string[];
  readonly author: string | null;
  readonly language: string | null;
  readonly kind: DocumentKind;
  readonly text: string;
  readonly raw_sha256: string;
  readonly version_of: string | null;
  readonly passages: readonly ExportPassage[];
}

export function toExportDocument(doc: Document, versionOf: string | null = null): ExportDocument {
  const toCodePoint = codePointOffsets(doc.text);
  return {
    id: doc.id, origin: doc.origin, url: doc.url, title: doc.title, published: doc.published,
    source: doc.source, agencies: doc.agencies, author: doc.author, language: doc.language, kind: doc.kind,
    text: doc.text, raw_sha256: doc.rawSha256, version_of: versionOf,
    passages: doc.passages.map((p) => ({
      id: p.id, kind: p.kind, start: toCodePoint(p.start), end: toCodePoint(p.end), ...(p.time ? { time: p.time } : {}),
    })),
  };
}
