// Case tables of invented news sentences: each hard case of issue 7 part 3, resolved against a
// Friday anchor (2020-01-03) unless a row says otherwise.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from '../../../src/nlp/time/index.ts';

const FRIDAY = '2020-01-03';

interface Case {
  readonly sentence: string;
  /** The expression as it should be spanned. */
  readonly text: string;
  readonly type: string;
  readonly value: string;
  readonly anchor?: string | null;
}

function check(row: Case): void {
  const anchor = row.anchor === undefined ? FRIDAY : row.anchor;
  const found = findTimexes(row.sentence, anchor);
  const hit = found.find((t) => t.text === row.text);
  assert.ok(hit, `no timex "${row.text}" in ${JSON.stringify(found.map((t) => t.text))}`);
  assert.equal(hit.type, row.type, row.sentence);
  assert.equal(hit.value, row.value, row.sentence);
  assert.equal(row.sentence.slice(hit.start, hit.end), hit.text);
}

const WEEKDAYS: readonly Case[] = [
  { sentence: 'Protesters gathered outside the embassy on Sunday.', text: 'Sunday', type: 'DATE', value: '2019-12-29' },
  { sentence: 'The ministers will meet on Monday in Geneva.', text: 'Monday', type: 'DATE', value: '2020-01-06' },
  { sentence: 'The agency said Friday that the talks had failed.', text: 'Friday', type: 'DATE', value: '2020-01-03' },
  { sentence: 'The envoy arrived Wednesday night after a long delay.', text: 'Wednesday night', type: 'DATE', value: '2020-01-01TNI' },
  { sentence: 'The council met last Tuesday to discuss the budget.', text: 'last Tuesday', type: 'DATE', value: '2019-12-31' },
  { sentence: 'The vote is due next Thursday.', text: 'next Thursday', type: 'DATE', value: '2020-01-09' },
];

const CALENDAR: readonly Case[] = [
  { sentence: 'The rocket attack happened on Dec. 27 near the base.', text: 'Dec. 27', type: 'DATE', value: '2019-12-27' },
  { sentence: 'The court will rule on January 8.', text: 'January 8', type: 'DATE', value: '2020-01-08' },
  { sentence: 'The talks ended on January 3.', text: 'January 3', type: 'DATE', value: '2020-01-03' },
  { sentence: 'Crowds stormed the compound on New Year\'s Eve.', text: "New Year's Eve", type: 'DATE', value: '2019-12-31' },
  { sentence: 'The protests began in mid-October.', text: 'mid-October', type: 'DATE', value: '2019-10' },
  { sentence: 'The deal collapsed in May.', text: 'May', type: 'DATE', value: '2019-05' },
  { sentence: 'Elections will be held in May.', text: 'May', type: 'DATE', value: '2020-05' },
  { sentence: 'The treaty was signed on March 5, 1998.', text: 'March 5, 1998', type: 'DATE', value: '1998-03-05' },
  { sentence: 'The company was founded in 2019.', text: '2019', type: 'DATE', value: '2019' },
  { sentence: 'The dispute dates back to the 1990s.', text: 'the 1990s', type: 'DATE', value: '199' },
  { sentence: 'Profits fell in the third quarter, the company said.', text: 'the third quarter', type: 'DATE', value: '2019-Q3' },
  { sentence: 'Sales rose in the first quarter of 2018.', text: 'the first quarter of 2018', type: 'DATE', value: '2018-Q1' },
  { sentence: 'The drought hit hardest last summer.', text: 'last summer', type: 'DATE', value: '2019-SU' },
  { sentence: 'Fighting resumed on Christmas Day.', text: 'Christmas Day', type: 'DATE', value: '2019-12-25' },
];

const RELATIVE: readonly Case[] = [
  { sentence: 'Officials met in Baghdad last week.', text: 'last week', type: 'DATE', value: '2019-W52' },
  { sentence: 'Earlier this week the militia said it had withdrawn.', text: 'Earlier this week', type: 'DATE', value: '2020-W01' },
  { sentence: 'Prices climbed this month.', text: 'this month', type: 'DATE', value: '2020-01' },
  { sentence: 'Unemployment rose last year.', text: 'last year', type: 'DATE', value: '2019' },
  { sentence: 'The base was attacked today.', text: 'today', type: 'DATE', value: '2020-01-03' },
  { sentence: 'The minister resigned yesterday.', text: 'yesterday', type: 'DATE', value: '2020-01-02' },
  { sentence: 'Parliament will vote tomorrow.', text: 'tomorrow', type: 'DATE', value: '2020-01-04' },
  { sentence: 'The plant closed two years ago.', text: 'two years ago', type: 'DATE', value: '2018' },
  { sentence: 'The ship sank three days ago.', text: 'three days ago', type: 'DATE', value: '2019-12-31' },
  { sentence: 'The plant opened in 1990. A year later it closed.', text: 'A year later', type: 'DATE', value: '1991' },
  { sentence: 'The siege ended; three days later the army withdrew.', text: 'three days', type: 'DURATION', value: 'P3D' },
  { sentence: 'The region is now calm.', text: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'He is currently abroad.', text: 'currently', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'The group recently changed its leader.', text: 'recently', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'Investors fear more turmoil in the future.', text: 'the future', type: 'DATE', value: 'FUTURE_REF' },
];

const DURATIONS_AND_SETS: readonly Case[] = [
  { sentence: 'The hostages were held for 444 days.', text: '444 days', type: 'DURATION', value: 'P444D' },
  { sentence: 'The war lasted two years.', text: 'two years', type: 'DURATION', value: 'P2Y' },
  { sentence: 'They signed a three-year contract.', text: 'three-year', type: 'DURATION', value: 'P3Y' },
  { sentence: 'The siege lasted several weeks.', text: 'several weeks', type: 'DURATION', value: 'PXW' },
  { sentence: 'Rebels held the town for 2 1/2 years.', text: '2 1/2 years', type: 'DURATION', value: 'P2Y6M' },
  { sentence: 'Negotiators talked for five hours.', text: 'five hours', type: 'DURATION', value: 'PT5H' },
  { sentence: 'The ceasefire held for a couple of years.', text: 'a couple of years', type: 'DURATION', value: 'P2Y' },
  { sentence: 'A minute and a half later the sirens stopped.', text: 'A minute and a half', type: 'DURATION', value: 'PT1M30S' },
  { sentence: 'The talks ran for one and a half days.', text: 'one and a half days', type: 'DURATION', value: 'P1DT12H' },
  { sentence: 'Peace will one day return to the region.', text: 'one day', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'Earnings fell in the last half of 1989.', text: 'the last half of 1989', type: 'DATE', value: '1989-H2' },
  { sentence: 'The Senate has changed over the past two decades.', text: 'the past two decades', type: 'DURATION', value: 'P20Y' },
  { sentence: 'The council meets every week.', text: 'every week', type: 'SET', value: 'P1W' },
  { sentence: 'The report is published annually.', text: 'annually', type: 'SET', value: 'P1Y' },
  { sentence: 'Convoys cross the border daily.', text: 'daily', type: 'SET', value: 'P1D' },
  { sentence: 'Inspectors visit twice a month.', text: 'twice a month', type: 'SET', value: 'P1M' },
];

const CLOCK: readonly Case[] = [
  { sentence: 'The missiles struck at 1 a.m. near the airport.', text: '1 a.m.', type: 'TIME', value: '2020-01-03T01:00' },
  { sentence: 'The missiles struck at 1 a.m. local time.', text: '1 a.m. local time', type: 'TIME', value: '2020-01-03T01:00' },
  { sentence: 'The markets opened at 0730 GMT.', text: '0730 GMT', type: 'TIME', value: '2020-01-03T07:30Z' },
  { sentence: 'The statement came at 10:15 p.m. EST.', text: '10:15 p.m. EST', type: 'TIME', value: '2020-01-03T22:15-05:00' },
  { sentence: 'The convoy left on Thursday at 11 p.m.', text: 'Thursday at 11 p.m.', type: 'TIME', value: '2020-01-02T23:00' },
  { sentence: 'The curfew begins at midnight.', text: 'midnight', type: 'TIME', value: '2020-01-03T00:00' },
  { sentence: 'The blast was heard this morning.', text: 'this morning', type: 'TIME', value: '2020-01-03TMO' },
];

const WITHOUT_ANCHOR: readonly Case[] = [
  { sentence: 'The rocket attack happened on Dec. 27.', text: 'Dec. 27', type: 'DATE', value: 'XXXX-12-27', anchor: null },
  { sentence: 'The minister resigned yesterday.', text: 'yesterday', type: 'DATE', value: 'PAST_REF', anchor: null },
  { sentence: 'Parliament will vote tomorrow.', text: 'tomorrow', type: 'DATE', value: 'FUTURE_REF', anchor: null },
  { sentence: 'The vote was held on Sunday.', text: 'Sunday', type: 'DATE', value: 'XXXX-WXX-7', anchor: null },
  { sentence: 'The deal collapsed in May.', text: 'May', type: 'DATE', value: 'XXXX-05', anchor: null },
  { sentence: 'The hostages were held for 444 days.', text: '444 days', type: 'DURATION', value: 'P444D', anchor: null },
  { sentence: 'The treaty was signed on March 5, 1998.', text: 'March 5, 1998', type: 'DATE', value: '1998-03-05', anchor: null },
];

const ANCHOR_WITH_TIME: readonly Case[] = [
  { sentence: 'Two rockets hit the base overnight, officials said today.', text: 'today', type: 'DATE', value: '2020-01-08', anchor: '2020-01-08T02:45Z' },
  { sentence: 'The first blast came at 1:30 a.m. local time.', text: '1:30 a.m. local time', type: 'TIME', value: '2020-01-08T01:30', anchor: '2020-01-08T02:45Z' },
];

for (const [name, rows] of Object.entries({ WEEKDAYS, CALENDAR, RELATIVE, DURATIONS_AND_SETS, CLOCK, WITHOUT_ANCHOR, ANCHOR_WITH_TIME })) {
  describe(`findTimexes: ${name.toLowerCase().replace(/_/g, ' ')}`, () => {
    for (const row of rows) it(`${row.text} in "${row.sentence}" → ${row.value}`, () => check(row));
  });
}

describe('findTimexes: words that are not times', () => {
  const sentences = [
    'You may leave the building if the alarm stops.',
    'The march on the capital drew thousands.',
    'About 2019 protesters were detained.',
    'The army sent 1990 troops to the border.',
    'The fund lost $2000 in the scheme.',
    'He is a 44-year-old engineer.',
    'Three-quarters of the voters agreed.',
  ];
  for (const sentence of sentences) {
    it(`none in "${sentence}"`, () => assert.deepEqual(findTimexes(sentence, FRIDAY).map((t) => t.text), []));
  }
});

describe('findTimexes: records', () => {
  it('numbers ids in order and records the anchor only when the value used it', () => {
    const found = findTimexes('On Sunday, the 2019 budget was cut for 444 days.', FRIDAY);
    assert.deepEqual(found.map((t) => [t.id, t.text, t.anchor]), [
      ['t0', 'Sunday', FRIDAY],
      ['t1', '2019', null],
      ['t2', '444 days', null],
    ]);
  });
});
