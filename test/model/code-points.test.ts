import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codePointOffsets } from '../../src/model/code-points.ts';
import { toExportDocument } from '../../src/model/export.ts';
import { makeWrite } from '../helpers/documents.ts';

const CASES: [string, number, number][] = [
  ['plain text', 5, 5],
  ['flag 🇮🇷 then text', 5, 5],
  ['flag 🇮🇷 then text', 9, 7],
  ['😀😀x', 4, 2],
  ['😀😀x', 5, 3],
];
for (const [text, utf16, expected] of CASES) {
  test(`code points: offset ${utf16} in ${JSON.stringify(text)} is code point ${expected}`, () => {
    assert.equal(codePointOffsets(text)(utf16), expected);
  });
}

test('code points: slicing by converted offsets gives the same text as slicing UTF-16 (property)', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (text, a, b) => {
    const units = [...text].reduce<number[]>((acc, ch) => [...acc, (acc.at(-1) ?? 0) + ch.length], [0]);
    const start = units[a % units.length] as number;
    const end = units[Math.max(a, b) % units.length] as number;
    if (end < start) return;
    const toCp = codePointOffsets(text);
    assert.equal([...text].slice(toCp(start), toCp(end)).join(''), text.slice(start, end));
  }));
});

test('export: a document keeps its fields and converts passage offsets to code points', () => {
  const { document } = makeWrite('😀 one\n\ntwo');
  const record = toExportDocument(document);
  assert.deepEqual(record.passages.map((p) => [p.start, p.end]), [[0, 5], [7, 10]]);
  assert.equal(record.raw_sha256, document.rawSha256);
  assert.equal(record.version_of, null);
});
