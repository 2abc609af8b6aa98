import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/index.ts';
import { lowerCaseTokens, lowerWord } from '../../src/text/lower-case.ts';

test('lowerWord is toLowerCase, for ASCII and beyond', () => {
  for (const w of ['said', 'Said', 'IRGC', 'iPhone', 'al-Maliki', '3,000', '', 'Ünal', 'İstanbul', 'ΣΟΦΙΑ', 'naïve', '—']) {
    assert.equal(lowerWord(w), w.toLowerCase(), w);
  }
});

test('lowerCaseTokens: one array per token array, the lower case of each token', () => {
  const tokens = tokenize('The Minister SAID Ünal would stay.');
  const lower = lowerCaseTokens(tokens);
  assert.deepEqual(lower, tokens.map((t) => t.text.toLowerCase()));
  assert.equal(lowerCaseTokens(tokens), lower); // asked again: the same array
  assert.notEqual(lowerCaseTokens([...tokens]), lower); // another token array: its own
  assert.ok(Object.isFrozen(lower));
});
