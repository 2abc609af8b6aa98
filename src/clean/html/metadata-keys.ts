/** Where each metadata field is looked for, in order of trust (meta keys are lower-cased). */

export const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'title', 'headline', 'sailthru.title', 'parsely-title'];

export const AUTHOR_META = [
  'author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'parsely-author', 'sailthru.author',
  'citation_author', 'cxenseparse:author', 'og:article:author', 'book:author', 'twitter:creator',
];

export const SITE_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher', 'twitter:site'];

export const LANGUAGE_META = ['content-language', 'og:locale', 'dc.language', 'dcterms.language', 'language', 'inlanguage'];

export const URL_META = ['og:url', 'twitter:url'];

/** Publication-date meta keys, best first; modified dates come last, as a fallback only. */
export const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'article:published', 'published_time', 'datepublished', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'date.published', 'dc.date.issued', 'dcterms.issued', 'dc.date',
  'dcterms.date', 'dc.date.created', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
  'cxenseparse:recs:publishtime', 'originalpublicationdate', 'date', 'og:article:published_time', 'citation_publication_date',
  'citation_date', 'datecreated', 'release_date', 'created', 'displaydate', 'article_date_original', 'last-modified',
  'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'lastmod',
];

/** JSON-LD paths for the same fields. */
export const JSONLD_PUBLISHED = [['datePublished'], ['dateCreated'], ['uploadDate'], ['dateModified']];
export const JSONLD_TITLE = [['headline'], ['name']];
export const JSONLD_SITE = [['publisher', 'name'], ['sourceOrganization', 'name']];
