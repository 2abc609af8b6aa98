/**
 * The page's pure text helpers (web/src/highlight.ts): highlights are built by splitting untrusted
 * text at span offsets, so the pieces must always join back to the exact text, in order. Runs in
 * `npm test` (no browser needed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSpan, segmentText, type Mark } from '../../web/src/highlight.ts';

const render = (text: string, marks: Mark[]) => segmentText(text, marks).map((s) => (s.mark ? `[${s.mark.kind} ${s.text}]` : s.text)).join('');

const SEGMENT_CASES: [string, Mark[], string][] = [
  ['Trump said Friday', [{ start: 0, end: 5, kind: 'entity' }, { start: 11, end: 17, kind: 'time' }], '[entity Trump] said [time Friday]'],
  ['abcdef', [], 'abcdef'],
  ['abcdef', [{ start: 2, end: 5, kind: 'a' }, { start: 3, end: 6, kind: 'b' }], 'ab[a cde][b f]'],
  ['abcdef', [{ start: 2, end: 4, kind: 'inner' }, { start: 0, end: 6, kind: 'outer' }], '[outer abcdef]'],
  ['abc', [{ start: 1, end: 99, kind: 'past-end' }, { start: -5, end: 0, kind: 'before' }], 'a[past-end bc]'],
  ['abc', [{ start: 2, end: 2, kind: 'empty' }], 'abc'],
  ['<img src=x onerror=alert(1)>', [{ start: 1, end: 4, kind: 'entity' }], '<[entity img] src=x onerror=alert(1)>'],
];

for (const [text, marks, expected] of SEGMENT_CASES) {
  test(`segmentText: ${JSON.stringify(text)} → ${expected}`, () => assert.equal(render(text, marks), expected));
}

test('segmentText: the pieces always join back to the text, in order, without overlap', () => {
  const mark = fc.record({ start: fc.integer({ min: -3, max: 60 }), end: fc.integer({ min: -3, max: 60 }), kind: fc.constantFrom('a', 'b') });
  fc.assert(fc.property(fc.string({ maxLength: 50 }), fc.array(mark, { maxLength: 8 }), (text, marks) => {
    const segments = segmentText(text, marks);
    assert.equal(segments.map((s) => s.text).join(''), text);
    let at = 0;
    for (const s of segments) {
      assert.equal(s.start, at);
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.ok(s.end > s.start);
      at = s.end;
    }
  }));
});

const SPAN_CASES: [string | null, { start: number; end: number } | null][] = [
  ['10-20', { start: 10, end: 20 }], ['0-1', { start: 0, end: 1 }], ['20-10', null], ['5-5', null],
  ['-1-4', null], ['1-2x', null], ['', null], [null, null], ['1e3-2e3', null], ['9999999999-99999999999', null],
];
for (const [value, expected] of SPAN_CASES) {
  test(`parseSpan(${JSON.stringify(value)})`, () => assert.deepEqual(parseSpan(value), expected));
}
