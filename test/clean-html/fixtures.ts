/** Small hand-written pages for the clean.html tests. */

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old bridge, citing a structural survey that found corroded supports and cracked bearings.',
  'Engineers said repairs would cost more than a new crossing, and that the bridge could not safely carry buses, lorries or emergency vehicles.',
  'Residents on both banks, who have used the bridge for decades, said the detour would add twenty minutes to the school run.',
];

const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

export const ARTICLE_TEXT = PARAGRAPHS.join('\n\n');

/** A news page with navigation, share bar, related links, comments and footer around the article. */
export const NEWS_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Bridge to close after survey | Riverside Gazette</title>
<meta property="og:title" content="Bridge to close after survey">
<meta property="og:site_name" content="Riverside Gazette">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2020-01-03T08:05:00+01:00">
<link rel="canonical" href="https://gazette.example/news/bridge-to-close">
<script>document.write('<p>injected text that must never appear in the output at all</p>')</script>
<style>p { color: red }</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<main><article class="article"><h1>Bridge to close after survey</h1>
<div class="byline">By Jane Doe</div>
<div class="article-body">${body}
<ul class="related-links"><li><a href="/a">Council budget approved after long debate</a></li><li><a href="/b">New bus routes announced for the east bank</a></li></ul>
</div></article></main>
<section id="comments"><h2>Comments</h2><p>First! This is a reader comment that should not be part of the article text.</p></section>
<footer><p>© 2020 Riverside Gazette. All rights reserved. Contact us, advertise, privacy policy and terms.</p></footer>
</body></html>`;

export const JSON_LD_PAGE = `<html><head><title>Storm hits coast</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Coast News"},
{"@type":"NewsArticle","headline":"Storm hits coast","datePublished":"2019-11-19T22:30:00-05:00","author":[{"@type":"Person","name":"Ana Ruiz"}],"publisher":{"@type":"Organization","name":"Coast News"}}]}</script>
</head><body><div class="content">${body}</div></body></html>`;

export const META_DATE_PAGE = `<html><head><meta name="dc.date" content="2018-05-04"><title>Harbour works</title></head><body><div>${body}</div></body></html>`;

export const TIME_PAGE = `<html><head><title>Harbour works</title></head><body><article><p class="meta"><time datetime="2017-02-14">Feb 14</time></p>${body}</article></body></html>`;

export const URL_DATE_PAGE = `<html><head><title>Harbour works</title></head><body><article>${body}</article></body></html>`;

export const DATELINE_PAGE = `<html><head><title>Harbour works</title></head><body><div class="top"><span>Published 19. Oktober 2019</span></div><article>${body}</article></body></html>`;

export const NO_ARTICLE_PAGE = `<html><head><title>Log in</title></head><body><nav><a href="/">Home</a> <a href="/login">Log in</a></nav><form><input name="q"><button>Search</button></form></body></html>`;
