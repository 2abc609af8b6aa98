/** annotate + snippets for one document; a throwing stage becomes a failure for that document only. */
import type { Annotations, Document } from '../model/index.ts';
import type { NlpResources } from '../nlp/index.ts';
import { annotate } from '../nlp/index.ts';
import { recordSnippets } from './snippets.ts';

export type AnnotateResult =
  | { readonly ok: true; readonly annotations: Annotations; readonly snippets: [string, string][] }
  | { readonly ok: false; readonly docId: string; readonly error: string };

export function annotateSafely(doc: Document, resources: NlpResources): AnnotateResult {
  try {
    const annotations = annotate(doc, resources);
    return { ok: true, annotations, snippets: [...recordSnippets(doc, annotations)] };
  } catch (error) {
    return { ok: false, docId: doc.id, error: error instanceof Error ? error.message : String(error) };
  }
}
