/** annotate + snippets for one document; a throwing stage becomes a failure for that document only. */
import type { Annotations, Document } from '../model/index.ts';
import type { NlpResources } from '../nlp/index.ts';
import { annotate } from '../nlp/index.ts';
import { slicedSnippets, wordSnippets } from './snippets.ts';

/** The snippets map of a result again: the sliced ones sent, the mentions' and timexes' read off the annotations. */
export function unpackSnippets(annotations: Annotations, packed: PackedSnippets): Map<string, string> {
  const out = wordSnippets(annotations);
  for (let i = 0; i < packed.keys.length; i++) out.set(packed.keys[i]!, packed.texts[i]!);
  return out;
}

/**
 * Snippets travel as two parallel string arrays, not as `[key, text]` pairs: a result crosses from a
 * worker thread by structured clone, and a few hundred two-element arrays per document were a good
 * part of what that clone had to copy. Mentions' and timexes' snippets are their own text, already in
 * the annotations: not sent at all.
 */
export interface PackedSnippets {
  readonly keys: string[];
  readonly texts: string[];
}

export type AnnotateResult =
  | { readonly ok: true; readonly annotations: Annotations; readonly snippets: PackedSnippets }
  | { readonly ok: false; readonly docId: string; readonly error: string };

export function annotateSafely(doc: Document, resources: NlpResources): AnnotateResult {
  try {
    const annotations = annotate(doc, resources);
    const snippets = slicedSnippets(doc, annotations);
    return { ok: true, annotations, snippets: { keys: [...snippets.keys()], texts: [...snippets.values()] } };
  } catch (error) {
    return { ok: false, docId: doc.id, error: error instanceof Error ? error.message : String(error) };
  }
}
