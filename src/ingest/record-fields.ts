/**
 * Field names crawlers use for the same thing, in order of preference. Covers our own records
 * (`url title published source text html`), news-please (`maintext date_publish source_domain
 * authors language description`), trafilatura's JSON (`text raw_text hostname date sitename author
 * source source-hostname`), and common API/export names. Keys are matched exactly, then case-insensitively.
 */
export interface FieldAliases {
  readonly text: readonly string[];
  readonly html: readonly string[];
  readonly url: readonly string[];
  readonly title: readonly string[];
  readonly published: readonly string[];
  readonly source: readonly string[];
  readonly author: readonly string[];
  readonly language: readonly string[];
}

export const FIELD_ALIASES: FieldAliases = {
  // trafilatura's `text` is the cleaned main text and `raw_text` the unformatted one: prefer `text`.
  text: ['text', 'maintext', 'content', 'body', 'article_text', 'articleBody', 'article_body', 'raw_text', 'full_text', 'fulltext', 'content_text', 'plain_text'],
  html: ['html', 'raw_html', 'content_html', 'body_html', 'html_content', 'rawHtml', 'page_html'],
  url: ['url', 'link', 'canonical_url', 'canonicalUrl', 'canonical', 'uri', 'webUrl', 'web_url', 'url_canonical'],
  title: ['title', 'headline', 'webTitle', 'name'],
  published: ['published', 'published_at', 'publishedAt', 'publish_date', 'date_publish', 'datePublished', 'date_published', 'publication_date', 'pubDate', 'webPublicationDate', 'date', 'time', 'timestamp', 'created_at'],
  // Outlet names before bare host names; trafilatura's `source` is a URL and is recognised as one.
  source: ['source', 'outlet', 'site_name', 'siteName', 'sitename', 'publisher', 'source_name', 'source-hostname', 'source_domain', 'hostname', 'domain'],
  author: ['author', 'authors', 'byline', 'creator', 'by'],
  language: ['language', 'lang', 'inLanguage', 'locale'],
};

/** Keys of wrapper objects that hold the records of a JSON export: `{"articles": [...]}`. */
export const RECORD_LIST_KEYS: readonly string[] = ['articles', 'items', 'records', 'documents', 'docs', 'results', 'data', 'posts', 'entries', 'stories', 'news'];

/** Nested shapes that carry a string: WordPress `{rendered}`, schema.org `{name}`, `{value}`. */
export const NESTED_STRING_KEYS: readonly string[] = ['rendered', 'name', 'value', '@value', 'text'];

/** A "text" field whose value starts like this is HTML markup (WordPress `content.rendered`, CMS exports). */
export const HTML_VALUE_START = /^\s*<(?:!doctype|html|body|article|section|div|p|h[1-6]|figure|main|span|ul|ol|blockquote|table)[\s>/]/i;
