/** Contradictions as EXPORT.md `contradictions` records: offsets in code points. */
import type { Document } from '../../model/index.ts';
import { codePointOffsets } from '../../model/code-points.ts';
import type { Contradiction, ContradictionKind } from './types.ts';

export interface ContradictionRecord {
  readonly story: string;
  readonly kind: ContradictionKind;
  readonly about: string;
  readonly claims: readonly { readonly text: string; readonly citation: { readonly doc: string; readonly start: number; readonly end: number } }[];
}

export function toContradictionRecords(story: string, items: readonly Contradiction[], docs: ReadonlyMap<string, Document>): ContradictionRecord[] {
  return items.map((c) => ({
    story,
    kind: c.kind,
    about: c.about,
    claims: c.claims.map(({ text, citation }) => {
      const cp = codePointOffsets(docs.get(citation.doc)?.text ?? '');
      return { text, citation: { doc: citation.doc, start: cp(citation.start), end: cp(citation.end) } };
    }),
  }));
}
