/** Charsets: BOM, declared in the page, stated by HTTP (see warc.test.ts), else UTF-8. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readInput } from '../../src/ingest/index.ts';
import { decodeWindows1252 } from '../../src/ingest/windows-1252.ts';
import { bytesOf } from './build-fixtures.ts';

const OPTIONS = { maxDocumentBytes: 1_000_000 };
const CURLY = bytesOf('<p>The speaker said the vote was ', [0x93], 'binding', [0x94], ' ', [0x96], ' it', [0x92], 's ', [0x80], '5', [0x85], '</p>');
const CURLY_TEXT = '<p>The speaker said the vote was “binding” – it’s €5…</p>';

const CASES: [string, string, Uint8Array, string, string[]][] = [
  ['<meta charset=windows-1252> with curly quotes', 'p.html', bytesOf('<html><head><meta charset=windows-1252><title>Vote</title></head><body>', CURLY, '</body></html>'),
    `<html><head><meta charset=windows-1252><title>Vote</title></head><body>${CURLY_TEXT}</body></html>`, []],
  ['<meta charset="windows-1252"> quoted, inside gzip-free stdin', '-', bytesOf('<html><head><meta charset="windows-1252"></head><body>', CURLY, '</body></html>'),
    `<html><head><meta charset="windows-1252"></head><body>${CURLY_TEXT}</body></html>`, []],
  ['http-equiv Content-Type ISO-8859-1 (WHATWG: windows-1252)', 'p.htm', bytesOf('<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"></HEAD>', CURLY, bytesOf([0xe9])),
    `<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"></HEAD>${CURLY_TEXT}é`, []],
  ['content before http-equiv', 'p.html', bytesOf("<meta content='text/html;charset=iso-8859-2' http-equiv='content-type'><p>", [0xa3, 0xf3, 0xbf, 0x6b, 0x6f], '</p>'),
    "<meta content='text/html;charset=iso-8859-2' http-equiv='content-type'><p>Łóżko</p>", []],
  ['declaration after 5 KB of scripts', 'p.html', bytesOf('<html><head><script>', 'var a = 1;\n'.repeat(500), '</script><meta charset="windows-1252"></head>', [0x93, 0x94]),
    `<html><head><script>${'var a = 1;\n'.repeat(500)}</script><meta charset="windows-1252"></head>“”`, []],
  ['XML declaration', 'p.xhtml', bytesOf('<?xml version="1.0" encoding="windows-1252"?><html><p>', [0x93], 'x', [0x94], '</p></html>'),
    '<?xml version="1.0" encoding="windows-1252"?><html><p>“x”</p></html>', []],
  ['Shift_JIS', 'p.html', bytesOf('<meta charset="shift_jis"><p>', [0x93, 0xfa, 0x96, 0x7b], '</p>'), '<meta charset="shift_jis"><p>日本</p>', []],
  ['UTF-8 BOM wins over a wrong declaration', 'p.html', bytesOf([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>“x”</p>'), '<meta charset="windows-1252"><p>“x”</p>', []],
  ['UTF-16LE BOM', 'p.txt', bytesOf([0xff, 0xfe], Buffer.from('Soleimani — “killed”', 'utf16le')), 'Soleimani — “killed”', []],
  ['UTF-16BE BOM', '-', bytesOf([0xfe, 0xff], Buffer.from('Soleimani — “killed”', 'utf16le').swap16()), 'Soleimani — “killed”', []],
  ['declared windows-1252 but saved as UTF-8: UTF-8 wins, with a note', 'p.html', bytesOf('<meta charset="windows-1252"><p>“x” – é</p>'), '<meta charset="windows-1252"><p>“x” – é</p>', ['charset-mismatch']],
  ['declared windows-1252, pure ASCII: no note', 'p.html', bytesOf('<meta charset="windows-1252"><p>x</p>'), '<meta charset="windows-1252"><p>x</p>', []],
  ['unknown charset: UTF-8 with a note', 'p.html', bytesOf('<meta charset="klingon-8"><p>é</p>'), '<meta charset="klingon-8"><p>é</p>', ['unknown-charset']],
  ['a meta tag in a .txt file is not a declaration', 'p.txt', bytesOf('Words <meta charset=windows-1252> ', [0x93]), 'Words <meta charset=windows-1252> \uFFFD', ['invalid-utf8']],
  ['<meta> without charset is ignored', 'p.html', bytesOf('<meta name="description" content="charset=windows-1252"><p>é</p>'), '<meta name="description" content="charset=windows-1252"><p>é</p>', []],
];

for (const [label, name, bytes, content, codes] of CASES) {
  test(`charset: ${label}`, async () => {
    const { documents, problems } = await readInput(name, bytes, OPTIONS);
    assert.deepEqual(problems.map((p) => p.code), codes);
    assert.ok(problems.every((p) => !p.fatal));
    assert.equal(documents[0]?.content, content);
    assert.deepEqual(Buffer.from(documents[0]!.bytes), Buffer.from(bytes), 'the bytes stay as read');
  });
}

test('charset: windows-1252 table covers all of 0x80–0x9F per WHATWG (not Latin-1)', () => {
  const all = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
  assert.equal(all, '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  assert.equal(decodeWindows1252(Uint8Array.from([0x41, 0xe9, 0xff])), 'Aéÿ');
});
