/** Headline, whitespace, context rules (video blocks, captions, repeats) and the shape of the result. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanScrapedText } from '../../src/clean/text/index.ts';
import { spanText } from '../../src/model/index.ts';

const BODY = 'The minister said the talks would resume on Monday in Geneva.\n\nOfficials declined to comment on the report, a spokesman said.';

const HEADLINES: readonly (readonly [string, string | null])[] = [
  [`Pentagon confirms US strike\n\nPentagon confirms US strike\n${BODY}`, 'Pentagon confirms US strike'],
  [`Conflicts\n\nUS to send more troops to Middle East — as it happened\n\n${BODY}`, 'US to send more troops to Middle East — as it happened'],
  [`Is war with Iran coming?\n\n${BODY}`, 'Is war with Iran coming?'],
  [BODY, null],
  ['Only a headline here', null],
  [`New York\n\nShr 11 cts vs eight cts\n\nNet 5,895,000 vs 3,896,000`, 'New York'],
];

for (const [content, expected] of HEADLINES) {
  test(`headline: ${JSON.stringify(content.slice(0, 30))} → ${expected}`, () => {
    const r = cleanScrapedText(content, {});
    assert.equal(r.title, expected);
    if (expected === null) return assert.equal(r.headline, null);
    assert.deepEqual(r.headline, { start: 0, end: expected.length });
    assert.deepEqual(r.paragraphs[0], r.headline);
    assert.equal(r.text.split(expected).length - 1, 1, 'the headline appears once');
  });
}

test('headline: the title hint picks the line even when it ends with a full stop', () => {
  const r = cleanScrapedText(`World\n\nIran vows revenge.\n\n${BODY}`, { title: 'Iran vows revenge.' });
  assert.equal(r.title, 'Iran vows revenge.');
  assert.deepEqual(r.removed, [{ text: 'World', reason: 'section-label' }]);
});

test('headline: a media kicker over the first line labels the page; its title is the headline', () => {
  const r = cleanScrapedText(`VIDEO: Crowds mourn commander in Tehran\n\n2020-01-06 09:15\n\n${BODY}`, {});
  assert.equal(r.title, 'Crowds mourn commander in Tehran');
  assert.ok(r.text.startsWith('Crowds mourn commander in Tehran\n\nThe minister said'));
  assert.deepEqual(r.removed.slice(0, 2), [
    { text: 'VIDEO:', reason: 'media-kicker' },
    { text: '2020-01-06 09:15', reason: 'dateline' },
  ]);
});

test('headline: the same kicker inside a body, a READ kicker on top, or one with no body under it stays a dropped link', () => {
  const inBody = cleanScrapedText(`${BODY}\n\nWATCH | Crowds mourn commander in Tehran\n\nThe funeral is on Tuesday, officials said.`, {});
  assert.equal(inBody.title, null);
  assert.ok(!inBody.text.includes('Crowds mourn'));
  const read = cleanScrapedText(`READ | Crowds mourn commander in Tehran\n\n${BODY}`, {});
  assert.equal(read.title, null);
  assert.deepEqual(read.removed[0], { text: 'READ | Crowds mourn commander in Tehran', reason: 'read-more' });
  const alone = cleanScrapedText('WATCH | Crowds mourn commander in Tehran\n\nWATCH | Oil prices jump on strike', {});
  assert.equal(alone.title, null);
  assert.equal(alone.text, '');
});

const WHITESPACE: readonly (readonly [string, string])[] = [
  ['03:09\u00a0\u00a0US Secretary of State Mike Pompeo spoke.', '03:09 US Secretary of State Mike Pompeo spoke.'],
  ['stormed\u00a0the US Embassy in Baghdad.\u00a0 ', 'stormed the US Embassy in Baghdad.'],
  ['Tabs\tand   runs   of spaces.', 'Tabs and runs of spaces.'],
  ['A\u200bB soft\u00adhyphen', 'AB softhyphen'],
  ['  • US forces have killed the head of the Quds Force.', 'US forces have killed the head of the Quds Force.'],
  ['Windows line ends.\r\n\r\nSecond paragraph.', 'Windows line ends.\n\nSecond paragraph.'],
];

for (const [content, expected] of WHITESPACE) {
  test(`whitespace: ${JSON.stringify(content)}`, () => {
    assert.equal(cleanScrapedText(content, {}).text, expected);
  });
}

test('video block: title, duration and notice go; an entry before them stays', () => {
  const content = "01:19 Nouripour warned of escalation.\n\nHe added that soldiers should leave.\n\n'Not active enough'\n\n03:42\n\nThis browser does not support the video element.\n\n00:57 World leaders responded.";
  const r = cleanScrapedText(content, {});
  assert.equal(r.text, '01:19 Nouripour warned of escalation.\n\nHe added that soldiers should leave.\n\n00:57 World leaders responded.');
  assert.deepEqual(r.removed.map((x) => x.reason), ['video-title', 'video-duration', 'player-notice']);
});

test('video block: a bare time with no player notice is kept (it may be an entry label)', () => {
  const r = cleanScrapedText(`${BODY}\n\n03:42\n\nThe troops left the base.`, {});
  assert.ok(r.text.includes('\n\n03:42\n\n'));
});

test('caption above a credit line goes with it; a sentence above a blank line stays', () => {
  const joined = cleanScrapedText(`${BODY}\n\nIran Teheran | Demonstration gegen Soleimani\nImage: Reuters/WANA/N. Tabatabaee\n  • US forces have killed the head of the Quds Force.`, {});
  assert.deepEqual(joined.removed.map((x) => x.reason), ['caption', 'photo-credit']);
  const apart = cleanScrapedText(`${BODY}\n\nThe crowd gathered in the square on Friday.\n\nImage: AFP`, {});
  assert.deepEqual(apart.removed.map((x) => x.reason), ['photo-credit']);
});

test('a credit glued to the start of a sentence is cut off; the sentence stays', () => {
  const r = cleanScrapedText('Photograph: Dave Hogan/Getty Call me a fawning capitalist lackey.', {});
  assert.equal(r.text, 'Call me a fawning capitalist lackey.');
  assert.deepEqual(r.removed, [{ text: 'Photograph: Dave Hogan/Getty', reason: 'photo-credit' }]);
});

test('repeated paragraph: on a page both copies go (alt text + caption); one sentence per line keeps one', () => {
  const caption = 'A Hamas policeman in Gaza City stands guard during a mourning ceremony.';
  const page = cleanScrapedText(`${BODY}\n\n${caption}\n\n${caption}\n\nThe killing was the most dramatic escalation yet.`, {});
  assert.ok(!page.text.includes(caption));
  const lines = cleanScrapedText(`First sentence of the article.\n${caption}\n${caption}\nLast sentence of the article.`, {});
  assert.equal(lines.text.split(caption).length - 1, 1);
});

test('tags under a "Topics" heading go', () => {
  const r = cleanScrapedText(`${BODY}\n\nTopics\nIran\nIraq\nUnited States`, {});
  assert.deepEqual(r.removed.map((x) => x.reason), ['tag-heading', 'tag-list', 'tag-list', 'tag-list']);
});

test('empty and blank content give an empty result without problems', () => {
  for (const content of ['', '\n\n  \n', '\u00a0']) {
    const r = cleanScrapedText(content, {});
    assert.deepEqual([r.text, r.paragraphs, r.headline, r.problems], ['', [], null, []]);
  }
});

/** Lines drawn from body text and chrome, in any order. */
const LINES = fc.constantFrom(
  'The troops left the base on Friday, officials said.', 'Read more: US kills top general', '08:05 Iran vowed revenge.',
  'Advertisement', '\u00a0', '', 'Image: AFP/T. Mustafa', 'Pentagon confirms strike', '03:42',
  'This browser does not support the video element.', '  • A bullet point with a sentence.', 'January 3, 2020',
);

test('property: spans are in bounds, ordered, separated by "\\n\\n", and cover the text', () => {
  fc.assert(
    fc.property(fc.array(LINES, { maxLength: 14 }), (lines) => {
      const r = cleanScrapedText(lines.join('\n'), {});
      assert.equal(r.paragraphs.map((s) => spanText(r.text, s)).join('\n\n'), r.text);
      for (const span of r.paragraphs) assert.ok(span.start < span.end && span.end <= r.text.length);
    }),
    { numRuns: 500 },
  );
});

test('property: cleaning the clean text again changes nothing', () => {
  fc.assert(
    fc.property(fc.array(LINES, { maxLength: 14 }), (lines) => {
      const once = cleanScrapedText(lines.join('\n\n'), {});
      assert.equal(cleanScrapedText(once.text, {}).text, once.text);
    }),
    { numRuns: 1000 },
  );
});
