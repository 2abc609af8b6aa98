/**
 * What the content extractor knows about pages, as data: which tags never hold article text, which
 * class/id tokens mark page chrome or article bodies, which tags make a paragraph. Tokens are matched
 * against the lower-cased `class` and `id` split on non-letters (so `related-links` yields `related`).
 */

/** Subtrees skipped outright: never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'head', 'title', 'meta', 'link', 'button', 'input', 'select', 'textarea', 'option', 'nav', 'aside',
  'footer', 'dialog', 'menu', 'figcaption', 'picture', 'map', 'area',
]);

/** Tags that end a line of text (a paragraph boundary when serialising). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'hgroup', 'figcaption', 'br',
]);

/** Elements whose own text counts as a scored paragraph. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'h2', 'h3', 'h4', 'dd']);

/** Containers that may become the article root. */
export const CONTAINER_TAGS: ReadonlySet<string> = new Set(['div', 'article', 'section', 'main', 'td', 'body', 'span', 'font', 'center', 'blockquote', 'form']);

/** class/id tokens of page chrome: a subtree carrying one is dropped unless it also carries a KEEP token. */
export const CHROME_TOKENS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'adsense', 'agegate', 'banner', 'breadcrumb', 'breadcrumbs', 'combx', 'comment',
  'comments', 'commentlist', 'community', 'cookie', 'cookies', 'consent', 'disqus', 'dropdown', 'footer', 'footnotes', 'gdpr', 'masthead',
  'menu', 'modal', 'navbar', 'navigation', 'nav', 'newsletter', 'outbrain', 'pagination', 'pager', 'popup', 'promo',
  'related', 'remark', 'replies', 'rss', 'share', 'sharing', 'shoutbox', 'sidebar', 'skyscraper', 'social', 'sponsor',
  'sponsored', 'subscribe', 'subscription', 'taboola', 'tags', 'toolbar', 'tools', 'widget', 'recommended', 'recirc',
  'signup', 'paywall', 'byline', 'author', 'dateline', 'timestamp', 'meta', 'caption', 'credit', 'overlay',
  'teasers', 'login', 'most', 'popular', 'trending', 'newsletters', 'follow', 'topics', 'keywords', 'tagcloud',
]);

/** class/id tokens that keep a subtree even when a chrome token is present (`article-meta-content`). */
export const KEEP_TOKENS: ReadonlySet<string> = new Set([
  'article', 'body', 'content', 'main', 'story', 'entry', 'post', 'text', 'column', 'articlebody', 'storybody', 'blog',
]);

/** class/id tokens of a lead or standfirst box, which joins the article when it sits just before it. */
export const LEAD_TOKENS: ReadonlySet<string> = new Set(['lead', 'intro', 'standfirst', 'summary', 'abstract', 'excerpt', 'kicker', 'subtitle', 'deck', 'dek', 'teaser']);

/** class/id tokens that lift a container's score, and ones that lower it. */
export const POSITIVE_TOKENS: ReadonlySet<string> = new Set([
  'article', 'body', 'content', 'entry', 'main', 'page', 'post', 'text', 'blog', 'story', 'articlebody', 'storybody', 'prose', 'rte', 'richtext',
]);
export const NEGATIVE_TOKENS: ReadonlySet<string> = new Set([
  'hidden', 'banner', 'combx', 'comment', 'com', 'contact', 'foot', 'footer', 'footnote', 'masthead', 'media', 'meta', 'outbrain',
  'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'tool', 'widget', 'teaser',
]);

/** Paragraph texts that are page chrome whatever their markup (matched on the whole trimmed line, lower-cased). */
export const CHROME_LINES: readonly RegExp[] = [
  /^(advertisement|anzeige|werbung|publicité|sponsored|ad)$/,
  /^(share|share this|share this article|share on \w+|tweet|email|print|comments?|\d+ comments?)$/,
  /^(read more|continue reading|see also|related( articles| stories)?|more on this story|skip to (main )?content)$/,
];
