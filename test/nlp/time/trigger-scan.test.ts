import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from '../../../src/nlp/time/index.ts';

// The engine cuts the text into words by hand and looks up only words shaped like a trigger (first
// letter, length, last letter): trigger words in any case, after an apostrophe, glued to digits.
const CASES: [string, [string, string, string][]][] = [
  ['YESTERDAY the Army said it had left in the ’90s; LAST WEEK it returned.', [['YESTERDAY', 'DATE', '2020-01-07'], ['the ’90s', 'DATE', '199'], ['LAST WEEK', 'DATE', '2020-W01']]],
  ['Talks resume at 10:30 GMT on Jan. 5, 2020, two days after the deal.', [['10:30 GMT on Jan. 5, 2020', 'TIME', '2020-01-05T10:30Z'], ['two days', 'DURATION', 'P2D']]],
  ['The talks of last Thursday were held at noon; by 2pm they ended.', [['last Thursday', 'DATE', '2020-01-02'], ['noon', 'TIME', '2020-01-08T12:00'], ['2pm', 'TIME', '2020-01-08T14:00']]],
  ['Nothing here: weekdays, monthly-ish words, Mayor Todd and Marchers.', []],
];

test('trigger scan: case table', () => {
  for (const [text, expected] of CASES) {
    assert.deepEqual(findTimexes(text, '2020-01-08').map((t) => [t.text, t.type, t.value]), expected, text);
  }
});
