/** Field names of real crawlers map onto content and hints. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hints } from '../../src/model/index.ts';
import { readInput } from '../../src/ingest/index.ts';

const OPTIONS = { maxDocumentBytes: 1_000_000 };

// Shapes as news-please and trafilatura write them (fields abridged, values invented).
const NEWS_PLEASE = {
  authors: ['Jane Doe', 'John Roe'], date_download: '2020-01-04 10:00:00', date_modify: null, date_publish: '2020-01-03 07:05:00',
  description: 'The lead.', filename: 'x.json', image_url: null, language: 'en', localpath: null, title: 'US strike kills Soleimani',
  source_domain: 'www.dw.com', maintext: 'Iranian commander Qassem Soleimani was killed.', url: 'https://www.dw.com/en/a-51870000',
};
const TRAFILATURA = {
  title: 'Pentagon confirms strike', author: 'Staff', hostname: 'alaraby.co.uk', date: '2020-01-03', categories: '', tags: '',
  fingerprint: 'abc', id: null, license: null, comments: '', raw_text: 'raw body', text: 'Clean body.', language: 'en', image: null,
  pagetype: 'article', source: 'https://english.alaraby.co.uk/news/pentagon', 'source-hostname': 'The New Arab', excerpt: '', sitename: 'The New Arab',
};

const CASES: [string, Record<string, unknown>, string, 'text' | 'html', Hints][] = [
  ['news-please', NEWS_PLEASE, 'Iranian commander Qassem Soleimani was killed.', 'text', {
    url: 'https://www.dw.com/en/a-51870000', title: 'US strike kills Soleimani', published: '2020-01-03 07:05:00', source: 'www.dw.com', author: 'Jane Doe, John Roe', language: 'en',
  }],
  ['trafilatura (its `source` is the URL)', TRAFILATURA, 'Clean body.', 'text', {
    url: 'https://english.alaraby.co.uk/news/pentagon', title: 'Pentagon confirms strike', published: '2020-01-03', source: 'The New Arab', author: 'Staff', language: 'en',
  }],
  ['trafilatura with only raw_text', { raw_text: 'Raw only.', hostname: 'example.org' }, 'Raw only.', 'text', { source: 'example.org' }],
  ['trafilatura with html', { html: '<p>x</p>', title: 'H' }, '<p>x</p>', 'html', { title: 'H' }],
  ['news-sample', { id: 'p-1', time: '2016-01-02', title: 'T', text: 'Body.', outlet: 'nyt', url: null, topics: [], n_words: 1 }, 'Body.', 'text', {
    title: 'T', published: '2016-01-02', source: 'nyt',
  }],
  ['text and html: text wins', { text: 'Plain.', html: '<p>Plain.</p>' }, 'Plain.', 'text', {}],
  ['raw_html + link + published_at + site_name', { raw_html: '<p>y</p>', link: 'https://x.org/1', published_at: '2020-01-03T07:05Z', site_name: 'X' }, '<p>y</p>', 'html', {
    url: 'https://x.org/1', published: '2020-01-03T07:05Z', source: 'X',
  }],
  ['content_html + canonical_url + publish_date + publisher object', { content_html: '<p>z</p>', canonical_url: 'https://z.org', publish_date: '2020-01-03', publisher: { '@type': 'Organization', name: 'Z News' } }, '<p>z</p>', 'html', {
    url: 'https://z.org', published: '2020-01-03', source: 'Z News',
  }],
  ['article_text + datePublished', { article_text: 'Art.', datePublished: '2020-01-03' }, 'Art.', 'text', { published: '2020-01-03' }],
  ['WordPress content.rendered is HTML', { title: { rendered: 'WP' }, content: { rendered: '<p>Rendered.</p>' }, date: '2020-01-03T07:05:00' }, '<p>Rendered.</p>', 'html', {
    title: 'WP', published: '2020-01-03T07:05:00',
  }],
  ['epoch seconds in time', { text: 'E.', time: 1578035100 }, 'E.', 'text', { published: '2020-01-03T07:05:00.000Z' }],
  ['keys matched case-insensitively', { Title: 'C', Text: 'Case.', URL: 'https://c.org' }, 'Case.', 'text', { title: 'C', url: 'https://c.org' }],
];

for (const [label, record, content, contentType, hints] of CASES) {
  test(`record fields: ${label}`, async () => {
    const { documents, problems } = await readInput('r.jsonl', Buffer.from(JSON.stringify(record)), OPTIONS);
    assert.deepEqual(problems, []);
    assert.equal(documents.length, 1);
    assert.equal(documents[0]?.content, content);
    assert.equal(documents[0]?.contentType, contentType);
    assert.deepEqual(documents[0]?.hints, hints);
  });
}

test('record fields: a news-please JSON array file', async () => {
  const bytes = Buffer.from(JSON.stringify([NEWS_PLEASE, { ...NEWS_PLEASE, maintext: 'Second.' }], null, 2));
  const { documents, problems } = await readInput('np.json', bytes, OPTIONS);
  assert.deepEqual(problems, []);
  assert.deepEqual(documents.map((d) => [d.origin, d.content]), [['np.json#1', NEWS_PLEASE.maintext], ['np.json#2', 'Second.']]);
  assert.deepEqual(JSON.parse(Buffer.from(documents[1]!.bytes).toString()), { ...NEWS_PLEASE, maintext: 'Second.' });
});
