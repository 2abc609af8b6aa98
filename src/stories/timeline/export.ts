/** TimelineItems as EXPORT.md `timeline` records: offsets in code points, one record per date. */
import type { Document } from '../../model/index.ts';
import { codePointOffsets, type OffsetConverter } from '../../model/code-points.ts';
import type { TimelineItem } from './types.ts';

export interface TimelineRecord {
  readonly story: string;
  readonly date: { readonly value: string; readonly precision: 'day' };
  /** The printed sentences, joined by one space. */
  readonly text: string;
  readonly citations: readonly { readonly doc: string; readonly start: number; readonly end: number }[];
  readonly sources: number;
  /** `doc#id` of the document-local events the sentences report (the exporter maps them to its record ids). */
  readonly events: readonly string[];
}

export function toTimelineRecords(story: string, items: readonly TimelineItem[], docs: ReadonlyMap<string, Document>): TimelineRecord[] {
  // one converter a document, not one a citation: each scans its whole text
  const converters = new Map<string, OffsetConverter>();
  const converterOf = (doc: string): OffsetConverter => {
    let cp = converters.get(doc);
    if (cp === undefined) converters.set(doc, (cp = codePointOffsets(docs.get(doc)?.text ?? '')));
    return cp;
  };
  return items.map((item) => ({
    story,
    date: { value: item.date, precision: 'day' },
    text: item.sentences.map((s) => s.text).join(' '),
    // each printed sentence, then the same sentence where other documents carry it
    citations: item.sentences.flatMap((s) => [s, ...s.alsoIn]).map((c) => {
      const cp = converterOf(c.doc);
      return { doc: c.doc, start: cp(c.start), end: cp(c.end) };
    }),
    sources: item.sources,
    events: item.events.map((e) => `${e.doc}#${e.id}`),
  }));
}
