/** WordTable (the per-word memo of the events stage) answers as a Map would, through growth and clearing. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordTable } from '../../src/text/word-table.ts';

/** Words as the tokenizer makes them: a fresh slice of a text each time, never the stored string itself. */
const sliceOf = (word: string): string => `#${word}#`.slice(1, -1);

describe('WordTable', () => {
  it('finds a word by its text, not by the string object', () => {
    const table = new WordTable<number>(100, 4);
    table.add(sliceOf('attacked'), 1);
    assert.equal(table.get(sliceOf('attacked')), 1);
    assert.equal(table.get('attack'), undefined);
    assert.equal(table.get(''), undefined);
  });
  it('keeps every word while it doubles from a small capacity', () => {
    const table = new WordTable<number>(10_000, 2);
    const map = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const word = `w${(i * 7919) % 3001}’s`;
      if (table.get(word) === undefined) table.add(word, i);
      if (!map.has(word)) map.set(word, i);
    }
    assert.equal(table.size, map.size);
    for (const [word, value] of map) assert.equal(table.get(sliceOf(word)), value, word);
  });
  it('starts over when it reaches its limit (memory stays bounded)', () => {
    const table = new WordTable<string>(3, 8);
    for (const word of ['troops', 'were', 'sent']) table.add(word, word.toUpperCase());
    assert.equal(table.size, 3);
    table.add('north', 'NORTH');
    assert.equal(table.size, 1);
    assert.equal(table.get('troops'), undefined);
    assert.equal(table.get('north'), 'NORTH');
  });
  it('refuses a capacity that is not a power of two', () => {
    assert.throws(() => new WordTable<number>(10, 12), /power of two, got 12/);
  });
});
