import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml, htmlFragmentToText } from '../../src/clean/html/index.ts';
import type { HtmlExtraction } from '../../src/clean/html/index.ts';
import { ARTICLE_TEXT, DATELINE_PAGE, JSON_LD_PAGE, META_DATE_PAGE, NEWS_PAGE, NO_ARTICLE_PAGE, TIME_PAGE, URL_DATE_PAGE } from './fixtures.ts';

test('clean.html: a news page gives its article text without nav, share bar, byline, related links, comments or footer', () => {
  const result = extractHtml(NEWS_PAGE);
  assert.equal(result.text, ARTICLE_TEXT);
  assert.deepEqual(result.problems, []);
});

test('clean.html: a news page gives its metadata from meta tags', () => {
  const { text: _text, problems: _problems, ...meta } = extractHtml(NEWS_PAGE, { url: 'https://gazette.example/x?utm=1' });
  assert.deepEqual(meta, {
    title: 'Bridge to close after survey',
    published: { value: '2020-01-03T07:05Z', precision: 'minute' },
    author: 'Jane Doe',
    language: 'en-GB',
    siteName: 'Riverside Gazette',
    url: 'https://gazette.example/news/bridge-to-close',
  });
});

const DATE_CASES: [string, string, string | undefined, HtmlExtraction['published']][] = [
  ['JSON-LD @graph datePublished with offset → UTC', JSON_LD_PAGE, undefined, { value: '2019-11-20T03:30Z', precision: 'minute' }],
  ['meta dc.date', META_DATE_PAGE, undefined, { value: '2018-05-04', precision: 'day' }],
  ['<time datetime>', TIME_PAGE, undefined, { value: '2017-02-14', precision: 'day' }],
  ['URL path /2019/11/19/', URL_DATE_PAGE, 'https://news.example/2019/11/19/harbour-works.html', { value: '2019-11-19', precision: 'day' }],
  ['visible German dateline', DATELINE_PAGE, undefined, { value: '2019-10-19', precision: 'day' }],
  ['no date anywhere', URL_DATE_PAGE, 'https://news.example/harbour-works', null],
];

for (const [name, html, url, expected] of DATE_CASES) {
  test(`clean.html: published date from ${name}`, () => {
    assert.deepEqual(extractHtml(html, url ? { url } : {}).published, expected);
  });
}

test('clean.html: JSON-LD gives author and site name', () => {
  const result = extractHtml(JSON_LD_PAGE);
  assert.deepEqual([result.author, result.siteName, result.title, result.text], ['Ana Ruiz', 'Coast News', 'Storm hits coast', ARTICLE_TEXT]);
});

test('clean.html: a page without an article gives the fatal problem no-article and no text', () => {
  const result = extractHtml(NO_ARTICLE_PAGE);
  assert.equal(result.text, '');
  assert.deepEqual(result.problems.map((p) => [p.source, p.code, p.fatal]), [['clean.html', 'no-article', true]]);
});

const FRAGMENT_CASES: [string, string][] = [
  ['<p>One <b>bold</b> word.</p><p>Two</p>', 'One bold word.\n\nTwo'],
  ['<div>line<br>break</div>', 'line\n\nbreak'],
  ['<p>a &amp; b&nbsp;c</p><script>x()</script>', 'a & b c'],
];

for (const [html, expected] of FRAGMENT_CASES) {
  test(`clean.html: fragment ${JSON.stringify(html)} as text`, () => {
    assert.equal(htmlFragmentToText(html), expected);
  });
}
