import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractHtml } from '../../src/clean/html/index.ts';

const TAGS = ['div', 'p', 'a', 'article', 'script', 'style', 'nav', 'time', 'meta', 'br', 'table', 'td', 'li', 'ul', 'body', 'html', 'title'];
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(...TAGS).map((t) => `<${t} class="content related ad" datetime="2019-13-45" content="x">`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constant('<script type="application/ld+json">{"@graph":[{"datePublished":'),
  fc.constant('<meta property="article:published_time" content="not a date">'),
  fc.constant('&#xFFFFFF;&amp;&'),
);

test('clean.html: extraction never throws on garbage and always returns the full shape', () => {
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 60 }), fc.option(fc.string()), (parts, url) => {
      const result = extractHtml(parts.join(''), url === null ? {} : { url });
      assert.equal(typeof result.text, 'string');
      assert.ok(Array.isArray(result.problems));
      assert.equal(result.text.length === 0, result.problems.some((p) => p.code === 'no-article'));
    }),
    { numRuns: 300 },
  );
});

test('clean.html: deep nesting and a huge page finish quickly', () => {
  const deep = '<div>'.repeat(20_000) + 'text '.repeat(100) + '</div>'.repeat(20_000);
  const wide = `<body>${'<p>word, word, word. </p>'.repeat(50_000)}</body>`;
  for (const html of [deep, wide]) {
    const started = performance.now();
    extractHtml(html);
    assert.ok(performance.now() - started < 5000, 'took too long');
  }
});
