/** What the story-level stages share (the stages themselves are imported from their folders' index.ts). */
export { currentArticles, sourceKey, type StoryArticle } from './story-article.ts';
