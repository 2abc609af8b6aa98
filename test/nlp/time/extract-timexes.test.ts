// extractTimexes picks the anchor per span: a live-blog entry's own time, else the publication date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, Passage } from '../../../src/model/index.ts';
import { extractTimexes } from '../../../src/nlp/time/index.ts';
import type { StageInput } from '../../../src/nlp/stage-input.ts';

function input(text: string, published: Document['published'], passages: readonly Passage[]): StageInput {
  const doc: Document = {
    id: 'doc1', origin: 'test', url: null, title: null, published, source: null, agencies: [], author: null,
    language: 'en', kind: passages.some((p) => p.kind === 'liveblog_entry') ? 'liveblog' : 'article', text, rawSha256: '0'.repeat(64), passages,
  };
  return { doc, tokens: [], sentences: [], names: [], entities: [], mentions: [], timexes: [], quotes: [], events: [] };
}

describe('extractTimexes', () => {
  it('resolves inside a live-blog entry against the entry time, elsewhere against publication', () => {
    const intro = 'The embassy was attacked yesterday.';
    const entry = 'Yesterday the parliament voted. The strike came at 1 a.m. local time.';
    const text = `${intro}\n\n${entry}`;
    const start = intro.length + 2;
    const found = extractTimexes(input(text, { value: '2020-01-03', precision: 'day' }, [
      { id: 'p0', kind: 'paragraph', start: 0, end: intro.length },
      { id: 'p1', kind: 'liveblog_entry', start, end: text.length, time: '2020-01-05T09:10Z' },
    ]));
    assert.deepEqual(found.map((t) => [t.text, t.value, t.anchor]), [
      ['yesterday', '2020-01-02', '2020-01-03'],
      ['Yesterday', '2020-01-04', '2020-01-05T09:10Z'],
      ['1 a.m. local time', '2020-01-05T01:00', '2020-01-05T09:10Z'],
    ]);
    for (const t of found) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('leaves relative expressions underspecified when nothing anchors them', () => {
    const text = 'Fighting resumed on Dec. 27 and the talks begin tomorrow.';
    const found = extractTimexes(input(text, null, [{ id: 'p0', kind: 'paragraph', start: 0, end: text.length }]));
    assert.deepEqual(found.map((t) => [t.text, t.value, t.anchor]), [
      ['Dec. 27', 'XXXX-12-27', null],
      ['tomorrow', 'FUTURE_REF', null],
    ]);
  });

  it('uses a month-precision publication date for month arithmetic', () => {
    const text = 'Prices rose last month.';
    const found = extractTimexes(input(text, { value: '2020-01', precision: 'month' }, []));
    assert.deepEqual(found.map((t) => [t.text, t.value]), [['last month', '2019-12']]);
  });
});
