// The TempEval-3 scorer of src/eval/timex: relaxed alignment, strict text, value F1 = 2·correct / (sys + gold).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyTally, scoreDocument, scores } from '../../../src/eval/timex/score.ts';

const t = (start: number, end: number, text: string, type: string, value: string) => ({ start, end, text, type, value });

describe('timex scorer', () => {
  it('aligns by overlap one-to-one and counts values on relaxed pairs only', () => {
    const tally = emptyTally();
    const gold = [t(0, 6, 'Friday', 'DATE', '2020-01-03'), t(10, 19, 'last week', 'DATE', '2019-W52'), t(30, 33, 'now', 'DATE', 'PRESENT_REF')];
    const system = [t(0, 13, 'Friday at 10', 'TIME', '2020-01-03T10:00'), t(15, 19, 'week', 'DATE', '2019-W52'), t(40, 45, 'today', 'DATE', '2020-01-03')];
    scoreDocument(gold, system, tally);
    assert.deepEqual(tally, { gold: 3, system: 3, relaxed: 2, strict: 0, typeCorrect: 1, valueCorrect: 1 });
    const s = scores(tally);
    assert.equal(s.relaxedF1, 4 / 6);
    assert.equal(s.valueF1, 2 / 6);
    assert.equal(s.valueAccuracy, 0.5);
  });
});
