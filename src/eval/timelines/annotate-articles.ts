/**
 * Annotates T17 articles in-thread (eval may not import the pipeline's worker pool). A document on which
 * annotate throws keeps its sentences and time expressions (the only annotations the timeline reads),
 * computed directly, and is counted so the suite can report it.
 */
import type { Document } from '../../model/index.ts';
import { annotate, type NlpResources } from '../../nlp/index.ts';
import { findTimexes } from '../../nlp/time/index.ts';
import type { AnnotatedArticle } from '../../stories/timeline/index.ts';
import { splitSentences, tokenize } from '../../text/index.ts';

export interface AnnotateOutcome {
  readonly article: AnnotatedArticle;
  /** The error message when annotate threw and the fallback was used. */
  readonly failure: string | null;
}

export function annotateArticle(doc: Document, resources: NlpResources): AnnotateOutcome {
  try {
    const a = annotate(doc, resources);
    return { article: { doc, annotations: { sentences: a.sentences, timexes: a.timexes, events: a.events } }, failure: null };
  } catch (error) {
    const sentences = splitSentences(doc.text, tokenize(doc.text));
    const timexes = findTimexes(doc.text, doc.published?.value ?? null);
    const failure = error instanceof Error ? error.message : String(error);
    return { article: { doc, annotations: { sentences, timexes, events: [] } }, failure };
  }
}
