/**
 * One member document of a story as the story-level stages (timeline, summary, reactions,
 * contradictions) read it: the clean document, everything annotate computed for it, and what the
 * duplicates stage said about it. Plain data; the pipeline builds it from the store.
 */
import type { Annotations, Document } from '../model/index.ts';

export interface StoryArticle {
  readonly doc: Document;
  readonly annotations: Annotations;
  /**
   * The key of the document's group of copies (one agency story printed by several outlets, exact or
   * near copies: `copyGroups` of duplicates/); documents of one group count as one source.
   */
  readonly copyGroup?: string;
  /** The id of the newer version of this document when one is stored (views show the newest). */
  readonly newerVersion?: string;
}

/** The independent source a document counts as: its copy group, else its outlet, else itself. */
export function sourceKey(article: StoryArticle): string {
  return article.copyGroup ?? (article.doc.source ? `outlet:${article.doc.source.toLowerCase()}` : `doc:${article.doc.id}`);
}

/**
 * The articles a story view reads: an article whose newer version is among them is left out (the newer
 * one replaces it in views; both stay stored). One whose newer version is not in the list is kept — it
 * is then the only copy of its words the view has.
 */
export function currentArticles(articles: readonly StoryArticle[]): StoryArticle[] {
  const ids = new Set(articles.map((a) => a.doc.id));
  return articles.filter((a) => a.newerVersion === undefined || !ids.has(a.newerVersion));
}
