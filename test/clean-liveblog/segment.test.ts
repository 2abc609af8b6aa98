import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentLiveblog } from '../../src/clean/liveblog/index.ts';
import type { DateValue } from '../../src/model/index.ts';
import { build } from './build.ts';

const day = (value: string): DateValue => ({ value, precision: 'day' });
const UTC_LINE = 'All updates in Coordinated Universal Time (UTC)';

interface Case {
  readonly name: string;
  readonly lines: readonly string[];
  readonly published: DateValue | null;
  readonly zone: string | null;
  /** Expected entries as `label text → time`; null when the text is no live blog. */
  readonly entries: readonly string[] | null;
  readonly order?: 'newest-first' | 'oldest-first';
  readonly problems?: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'newest first, zone statement in the text',
    lines: ['US strike live', UTC_LINE, '10:30 Third.', '09:15 Second.', 'More on the second.', '08:00 First.'],
    published: day('2020-01-03'), zone: null, order: 'newest-first',
    entries: ['10:30 → 2020-01-03T10:30Z', '09:15 → 2020-01-03T09:15Z', '08:00 → 2020-01-03T08:00Z'],
  },
  {
    name: 'oldest first',
    lines: ['Intro line.', '08:00 First.', '09:15 Second.', '10:30 Third.'],
    published: day('2020-01-03'), zone: 'UTC', order: 'oldest-first',
    entries: ['08:00 → 2020-01-03T08:00Z', '09:15 → 2020-01-03T09:15Z', '10:30 → 2020-01-03T10:30Z'],
  },
  {
    name: 'midnight roll, newest first: 00:57 above 23:56 is the next day',
    lines: ['Intro.', UTC_LINE, '00:57 World leaders respond.', '23:56 Iraqi state TV reports.', '23:10 Earlier.'],
    published: day('2020-01-03'), zone: null, order: 'newest-first',
    entries: ['00:57 → 2020-01-04T00:57Z', '23:56 → 2020-01-03T23:56Z', '23:10 → 2020-01-03T23:10Z'],
  },
  {
    name: 'midnight roll, oldest first',
    lines: ['23:10 Earlier.', '23:56 Later.', '00:57 After midnight.'],
    published: day('2020-01-03'), zone: 'UTC', order: 'oldest-first',
    entries: ['23:10 → 2020-01-03T23:10Z', '23:56 → 2020-01-03T23:56Z', '00:57 → 2020-01-04T00:57Z'],
  },
  {
    name: 'BST suffix labels are UTC+1',
    lines: ['Politics live', '6.15pm BST Vote passes.', '5.02pm BST Debate.', '4.30pm BST Opening.'],
    published: day('2019-07-01'), zone: null, order: 'newest-first',
    entries: ['6.15pm BST → 2019-07-01T17:15Z', '5.02pm BST → 2019-07-01T16:02Z', '4.30pm BST → 2019-07-01T15:30Z'],
  },
  {
    name: 'UK time across the spring-forward DST change (bare labels, zone from caller)',
    lines: ['09:00 Morning.', '00:30 Late night.', '23:00 Evening.'],
    published: day('2019-03-30'), zone: 'Europe/London', order: 'newest-first',
    entries: ['09:00 → 2019-03-31T08:00Z', '00:30 → 2019-03-31T00:30Z', '23:00 → 2019-03-30T23:00Z'],
  },
  {
    name: 'fall-back night: 1.30am GMT comes after 1.30am BST',
    lines: ['1.30am GMT Again.', '1.30am BST Once.', '11.00pm BST Evening.'],
    published: day('2019-10-26'), zone: null, order: 'newest-first',
    entries: ['1.30am GMT → 2019-10-27T01:30Z', '1.30am BST → 2019-10-27T00:30Z', '11.00pm BST → 2019-10-26T22:00Z'],
  },
  {
    name: 'a video duration line is no entry',
    lines: [UTC_LINE, '01:19 Nouripour warns.', "'Not active enough'", '03:42', 'This browser does not support the video element.', '00:57 Leaders respond.', '00:49 Ambassador.'],
    published: day('2020-01-03'), zone: null, order: 'newest-first',
    entries: ['01:19 → 2020-01-03T01:19Z', '00:57 → 2020-01-03T00:57Z', '00:49 → 2020-01-03T00:49Z'],
    problems: ['time-label-standalone'],
  },
  {
    name: 'labels on their own line start the entry at the label line',
    lines: ['Live: storm', 'All times in UK time (GMT/BST)', '10:30', 'Third.', '09:15', 'Second.', '03:42', 'Play video', '08:00', 'First.'],
    published: day('2020-01-03'), zone: null, order: 'newest-first',
    entries: ['10:30 → 2020-01-03T10:30Z', '09:15 → 2020-01-03T09:15Z', '08:00 → 2020-01-03T08:00Z'],
    problems: ['time-label-standalone'],
  },
  {
    name: 'an own-line time that breaks the order is dropped',
    lines: ['01:19', 'A.', '03:42', 'A caption under a video.', '00:57', 'B.', '00:49', 'C.'],
    published: day('2020-01-03'), zone: 'UTC', order: 'newest-first',
    entries: ['01:19 → 2020-01-03T01:19Z', '00:57 → 2020-01-03T00:57Z', '00:49 → 2020-01-03T00:49Z'],
    problems: ['time-label-out-of-order'],
  },
  {
    name: 'Updated-at labels with a GMT suffix',
    lines: ['Updated at 14:32 GMT Latest.', 'Updated at 13:05 GMT Earlier.', 'Updated at 08:05 GMT First.'],
    published: day('2020-01-03'), zone: null, order: 'newest-first',
    entries: ['Updated at 14:32 GMT → 2020-01-03T14:32Z', 'Updated at 13:05 GMT → 2020-01-03T13:05Z', 'Updated at 08:05 GMT → 2020-01-03T08:05Z'],
  },
  {
    name: '12-hour labels with a spaced PM, across noon',
    lines: ['1:05 PM Latest.', '12:10 PM Lunch.', '11:45 AM Morning.'],
    published: day('2020-01-03'), zone: 'UTC', order: 'newest-first',
    entries: ['1:05 PM → 2020-01-03T13:05Z', '12:10 PM → 2020-01-03T12:10Z', '11:45 AM → 2020-01-03T11:45Z'],
  },
  {
    name: 'a blog printing most labels inline takes a lone time for a video duration',
    lines: ['10:30 Third.', '09:15 Second.', '09:00', 'Caption.', '08:00 First.'],
    published: day('2020-01-03'), zone: 'UTC', order: 'newest-first',
    entries: ['10:30 → 2020-01-03T10:30Z', '09:15 → 2020-01-03T09:15Z', '08:00 → 2020-01-03T08:00Z'],
    problems: ['time-label-standalone'],
  },
  {
    name: 'a 24-hour blog reads "pm" after the time as text (prime minister)',
    lines: ['10:15 pm theresa may speaks .', '09:00 ministers arrive .', '08:00 good morning .'],
    published: day('2017-05-02'), zone: 'UTC', order: 'newest-first',
    entries: ['10:15 → 2017-05-02T10:15Z', '09:00 → 2017-05-02T09:00Z', '08:00 → 2017-05-02T08:00Z'],
  },
  {
    name: 'an article with times in sentences is no live blog',
    lines: ['The strike hit at 08:05 local time.', 'By 09:30 the airport had closed, officials said.', 'At 10.15pm a statement followed.', 'Prices rose 10.15 per cent.'],
    published: day('2020-01-03'), zone: null, entries: null,
  },
  {
    name: 'a radio schedule of time ranges is no live blog',
    lines: ['11.00am-12.00 noon BBC RADIO 5 LIVE Show.', '10.00am-6.30pm RADIO 5 SPORTS EXTRA.', '8.00-10.00 pm BBC RADIO 2.'],
    published: day('2009-08-25'), zone: null, entries: null,
  },
  {
    name: 'two labels and no zone statement is no live blog',
    lines: ['08:00 One.', '07:00 Two.', 'Text.'],
    published: day('2020-01-03'), zone: null, entries: null,
  },
  {
    name: 'decimals at paragraph starts are no labels',
    lines: ['3.14159 is pi.', '10.15.2020 was a date.', '12.50% of voters.', '1.25m people.'],
    published: day('2020-01-03'), zone: null, entries: null,
  },
  {
    name: 'no published date: entries without times, problem no-anchor-date',
    lines: ['10:30 C.', '09:15 B.', '08:00 A.'],
    published: null, zone: 'UTC', order: 'newest-first',
    entries: ['10:30 → ', '09:15 → ', '08:00 → '],
    problems: ['no-anchor-date'],
  },
  {
    name: 'published instant = last update: the blog ends before it',
    lines: ['03:09 Pompeo.', '00:57 Leaders.', '23:56 Iraqi TV.', '06:00 Welcome.'],
    published: { value: '2020-01-04T03:30Z', precision: 'minute' }, zone: 'UTC', order: 'newest-first',
    entries: ['03:09 → 2020-01-04T03:09Z', '00:57 → 2020-01-04T00:57Z', '23:56 → 2020-01-03T23:56Z', '06:00 → 2020-01-03T06:00Z'],
  },
  {
    name: 'published instant = first publication: the blog starts at it',
    lines: ['03:09 Pompeo.', '00:57 Leaders.', '23:56 Iraqi TV.', '06:00 Welcome.'],
    published: { value: '2020-01-03T05:58Z', precision: 'minute' }, zone: 'UTC', order: 'newest-first',
    entries: ['03:09 → 2020-01-04T03:09Z', '00:57 → 2020-01-04T00:57Z', '23:56 → 2020-01-03T23:56Z', '06:00 → 2020-01-03T06:00Z'],
  },
  {
    name: 'US Eastern zone statement, summer',
    lines: ['All times are ET', '9:30 a.m. Markets open.', '8:00 a.m. Futures.', '7:15 a.m. Good morning.'],
    published: day('2021-06-01'), zone: null, order: 'newest-first',
    entries: ['9:30 a.m. → 2021-06-01T13:30Z', '8:00 a.m. → 2021-06-01T12:00Z', '7:15 a.m. → 2021-06-01T11:15Z'],
  },
];

for (const c of CASES) {
  test(`segmentLiveblog: ${c.name}`, () => {
    const { text, paragraphs } = build(c.lines);
    const result = segmentLiveblog({ text, paragraphs, published: c.published, zone: c.zone });
    if (c.entries === null) {
      assert.equal(result.isLiveblog, false);
      assert.deepEqual(result.entries, []);
      return;
    }
    assert.equal(result.isLiveblog, true);
    assert.equal(result.order, c.order);
    const got = result.entries.map((e) => `${text.slice(e.label.start, e.label.end)} → ${e.time}`);
    assert.deepEqual(got, c.entries);
    for (const code of c.problems ?? []) assert.ok(result.problems.some((p) => p.code === code), `expected problem ${code}`);
    for (const p of result.problems) assert.equal(p.source, 'clean.liveblog');
  });
}

test('segmentLiveblog: entry spans run from the label to the end of the last paragraph before the next entry', () => {
  const { text, paragraphs } = build(['Live: storm', UTC_LINE, '10:30', 'Third.', '09:15', 'Second.', 'More.', '08:00', 'First.']);
  const result = segmentLiveblog({ text, paragraphs, published: day('2020-01-03'), zone: null });
  assert.deepEqual(
    result.entries.map((e) => text.slice(e.start, e.end)),
    ['10:30\n\nThird.', '09:15\n\nSecond.\n\nMore.', '08:00\n\nFirst.'],
  );
  assert.equal(result.zone, 'UTC');
});

test('segmentLiveblog: spans are in bounds, sorted and hold their labels (generated blogs)', () => {
  for (let n = 3; n < 40; n += 7) {
    const lines = ['Title', ...Array.from({ length: n }, (_, i) => `${String(23 - (i % 24)).padStart(2, '0')}:${String((7 * i) % 60).padStart(2, '0')} Entry ${i}.`)];
    const { text, paragraphs } = build(lines);
    const result = segmentLiveblog({ text, paragraphs, published: day('2020-01-03'), zone: 'UTC' });
    let last = -1;
    for (const e of result.entries) {
      assert.ok(e.start > last && e.start <= e.label.start && e.label.end <= e.end && e.end <= text.length);
      last = e.start;
    }
  }
});

test('segmentLiveblog: pathological input stays fast', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `${i % 24}:${String(i % 60).padStart(2, '0')}${'9'.repeat(i % 50)} ${'1.1:'.repeat(50)}`);
  const { text, paragraphs } = build(lines);
  const started = Date.now();
  segmentLiveblog({ text, paragraphs, published: day('2020-01-03'), zone: 'Europe/London' });
  assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
});
