import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstChars, mayBegin } from '../../../src/nlp/time/first-chars.ts';
import { RULES } from '../../../src/nlp/time/find.ts';

/** The first characters as a sorted string, white space left out (`\s` adds a dozen of them); null = any. */
const shown = (source: string): string | null => {
  const first = firstChars(source);
  return first === null ? null : String.fromCharCode(...[...first].sort((a, b) => a - b)).replace(/\s/g, '');
};

test('firstChars: case table (letters in lower case; null = any character)', () => {
  const cases: [string, string | null][] = [
    ['last|next', 'ln'],
    ['(?:the\\s)?(?<d>\\d)0s', '0123456789t'],
    ['[A-C]x|[\'’]\\d', "'abc’"],
    ['(?:early|late)?\\s?noon', 'eln'],
    ['a*b+c', 'ab'],
    ['(?=x)y', 'y'], // a lookahead only narrows: skipped
    ['x{0,2}y', 'xy'],
    ['.x', null],
    ['[^a]x', null],
    ['\\Sx', null],
    ['a?', null], // can match nothing
  ];
  for (const [source, expected] of cases) assert.equal(shown(source), expected, source);
});

test('mayBegin: a time rule is never ruled out where it matches (invented sentences)', () => {
  const text = 'Early last week, in the ’90s, at 10:30 p.m. on Jan. 5, 2020, three days ago, every Monday, in mid-2019, the fourth quarter, noon.';
  for (const rule of RULES) {
    const first = firstChars(rule.pattern.source);
    const sticky = new RegExp(rule.pattern.source, 'iy');
    for (let p = 0; p < text.length; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) assert.ok(mayBegin(first, text.charCodeAt(p)), `${rule.name} at ${JSON.stringify(text.slice(p, p + 12))}`);
    }
  }
});
