/** Time budgets on pathological input: no rule may backtrack catastrophically (untrusted text). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanScrapedText } from '../../src/clean/text/index.ts';

const TRAPS: readonly (readonly [string, string])[] = [
  ['a long line of spaces and words', 'word '.repeat(20_000)],
  ['a long run of one letter', 'a'.repeat(100_000)],
  ['many colons and slashes', 'Image: '.concat('A/b '.repeat(5_000))],
  ['credit-like tail', `${'x'.repeat(390)}Image: ${'/'.repeat(200)}`],
  ['bracket at the end', `${'['.repeat(5_000)}Getty]`],
  ['many short lines', 'Share\nAdvertisement\n03:42\n'.repeat(5_000)],
  ['initials without a list', `${'ab,'.repeat(3_000)}ab (x`],
  ['byline-like repetition', `By ${'Aa '.repeat(2_000)}`],
  ['a run of credit lines', 'Image: AFP/T. Mustafa\n'.repeat(20_000)],
  ['a run of player notices', 'This browser does not support the video element.\n'.repeat(20_000)],
  ['a page of repeated paragraphs', 'The same caption sentence repeated here.\n\n'.repeat(5_000)],
];

for (const [name, content] of TRAPS) {
  test(`budget: ${name} cleans in under 1 s`, () => {
    const started = performance.now();
    cleanScrapedText(content, { title: 'x', url: 'https://example.com/' });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `${name}: ${elapsed.toFixed(0)} ms`);
  });
}
