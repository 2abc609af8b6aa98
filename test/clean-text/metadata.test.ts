/** Published date, outlet, agencies and zone statement read from the text and the hints. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanScrapedText } from '../../src/clean/text/index.ts';
import type { DateValue, Hints } from '../../src/model/index.ts';

const BODY = 'The minister said the talks would resume on Monday in Geneva.\n\nOfficials declined to comment.';

const PUBLISHED: readonly (readonly [string, DateValue | null])[] = [
  [` date 2020-01-05 Top Iranian military commander Qasem Soleimani was killed on Friday.\n\n${BODY}`, { value: '2020-01-05', precision: 'day' }],
  [`Headline of the story here\n\nJanuary 3, 2020\n\n${BODY}`, { value: '2020-01-03', precision: 'day' }],
  [`03 January, 2020\n\n${BODY}`, { value: '2020-01-03', precision: 'day' }],
  [`2020-01-04 20:59\n\n${BODY}`, { value: '2020-01-04T20:59', precision: 'minute' }],
  [` date 2020-01-04 \u00a0\n\n2020-01-04 20:59\n\n${BODY}`, { value: '2020-01-04T20:59', precision: 'minute' }],
  [`Published: Fri 3 Jan 2020 10.05 GMT\n\n${BODY}`, { value: '2020-01-03T10:05Z', precision: 'minute' }],
  [`January 3, 2020 10:05 am EST\n\n${BODY}`, { value: '2020-01-03T15:05Z', precision: 'minute' }],
  [`2020-01-03T23:30+03:00\n\n${BODY}`, { value: '2020-01-03T20:30Z', precision: 'minute' }],
  [`Date 03.01.2020\n\n${BODY}`, { value: '2020-01-03', precision: 'day' }],
  [`February 30, 2020\n\n${BODY}`, null],
  [`${BODY}\n\nThe next paragraph is long enough to count as body text.\n\nJanuary 3, 2020`, null],
];

for (const [content, expected] of PUBLISHED) {
  test(`published: ${JSON.stringify(content.slice(0, 40))}`, () => {
    assert.deepEqual(cleanScrapedText(content, {}).published, expected);
  });
}

test('published: the date prefix is cut from the sentence it is glued to', () => {
  const r = cleanScrapedText(' date 2020-01-05 Top Iranian military commander Qasem Soleimani was killed.', {});
  assert.equal(r.text, 'Top Iranian military commander Qasem Soleimani was killed.');
  assert.deepEqual(r.removed, [{ text: 'date 2020-01-05', reason: 'date-prefix' }]);
});

test('published: two different days are a problem, and the first is kept', () => {
  const r = cleanScrapedText(` date 2020-01-05 First sentence of the body is right here.\n\nJanuary 3, 2020\n\n${BODY}`, {});
  assert.deepEqual(r.published, { value: '2020-01-05', precision: 'day' });
  assert.deepEqual(r.problems.map((p) => [p.source, p.code]), [['clean.text', 'conflicting-dates']]);
});

test('published: an ambiguous zone keeps wall-clock time and says so', () => {
  const r = cleanScrapedText(`January 3, 2020 10:05 IST\n\n${BODY}`, {});
  assert.deepEqual(r.published, { value: '2020-01-03T10:05', precision: 'minute' });
  assert.deepEqual(r.problems.map((p) => p.code), ['zone-unresolved']);
});

const SOURCES: readonly (readonly [string, Hints, string | null])[] = [
  [BODY, { url: 'https://www.dw.com/en/us-to-send-more-troops/a-51873456' }, 'DW'],
  [BODY, { url: 'https://www.bbc.co.uk/news/world-middle-east-1' }, 'BBC'],
  [BODY, { url: 'https://edition.cnn.com/2020/01/03/world/story.html' }, 'CNN'],
  [BODY, { url: 'https://news.example.co.uk/a/b' }, 'example.co.uk'],
  [BODY, { url: 'https://www.some-blog.org/post' }, 'some-blog.org'],
  [BODY, { url: 'http://192.168.1.1/x' }, null],
  [`07:00 Welcome to the DW News' live blog covering the escalation.\n\n${BODY}`, {}, 'DW'],
  [`Welcome to Al Jazeera's live coverage of the crisis.\n\n${BODY}`, {}, 'Al Jazeera'],
  [`He said the DW report was wrong.\n\n${BODY}`, {}, null],
  [BODY, {}, null],
];

for (const [content, hints, expected] of SOURCES) {
  test(`source: ${hints.url ?? JSON.stringify(content.slice(0, 40))} → ${expected}`, () => {
    assert.equal(cleanScrapedText(content, hints).source, expected);
  });
}

test('source: a URL that does not parse is a problem, not a guess', () => {
  const r = cleanScrapedText(BODY, { url: 'not a url' });
  assert.equal(r.source, null);
  assert.deepEqual(r.problems.map((p) => p.code), ['invalid-url']);
});

const AGENCIES: readonly (readonly [string, readonly string[]])[] = [
  ['nm,dj,ls,jsi,mmc/sms (AP, AFP, dpa,\u00a0Reuters)', ['AP', 'AFP', 'dpa', 'Reuters']],
  ['ls/stb (AP, Reuters)', ['AP', 'Reuters']],
  ['- additional reporting by AFP', ['AFP']],
  ['— Reuters', ['Reuters']],
  ['(AFP)', ['AFP']],
  ['Source: Al Jazeera and news agencies', []],
  ['Staff and agencies', []],
  ['The Associated Press and Reuters contributed to this report.', ['AP', 'Reuters']],
  ['WASHINGTON (AP) — The Pentagon said Thursday that the strike was defensive.', ['AP']],
  ['A spokesman told the AFP news agency that talks would go on.', []],
  ['(the Pentagon)', []],
];

for (const [line, expected] of AGENCIES) {
  test(`agencies: ${JSON.stringify(line)} → [${expected.join(', ')}]`, () => {
    assert.deepEqual(cleanScrapedText(`${line}\n\n${BODY}`, {}).agencies, expected);
  });
}

const ZONES: readonly (readonly [string, string | null])[] = [
  ['All updates in Coordinated Universal Time (UTC)', 'Coordinated Universal Time (UTC)'],
  ['All times GMT', 'GMT'],
  ['(All times are UTC+1)', 'UTC+1'],
  ['All times are local time (GMT+3).', 'local time (GMT+3)'],
  ['All times are uncertain, the minister said.', null],
  ['Time is of the essence in the EU talks.', null],
];

for (const [line, expected] of ZONES) {
  test(`zone statement: ${JSON.stringify(line)} → ${expected}`, () => {
    const r = cleanScrapedText(`${BODY}\n\n${line}`, {});
    assert.equal(r.zoneStatement, expected);
    assert.equal(r.text.includes(line), expected === null);
  });
}
