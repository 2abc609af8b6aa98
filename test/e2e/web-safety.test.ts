/**
 * A guard on the page's source (issue 10, untrusted input): no view may turn text into markup.
 * The browser tests prove it on hostile pages; this catches the construct before it ships.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN = [/\binnerHTML\b/, /\bouterHTML\b/, /dangerouslySetInnerHTML/, /insertAdjacentHTML/, /document\.write/, /\beval\(/, /new Function\(/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.(tsx?|html)$/.test(e.name) ? [path] : [];
  });
}

const files = sourceFiles('web/src');

test('the page has source files to check', () => assert.ok(files.length >= 10, `found ${files.length}`));

for (const file of files) {
  test(`${file} builds no markup from strings`, () => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) assert.doesNotMatch(text, pattern);
  });
}

test('index.html has no inline script', () => {
  const html = readFileSync('web/index.html', 'utf8');
  for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) assert.match(script, /\ssrc="[^"]+"[^>]*><\/script>$/);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
});
