/** `within`: the items of a span, whether the fast path (one slice) or the filtered one answers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Span } from '../../../src/model/index.ts';
import { within } from '../../../src/nlp/events/spans.ts';
import { tokenize } from '../../../src/text/index.ts';

const naive = <T extends Span>(items: readonly T[], span: Span): T[] => items.filter((x) => x.start >= span.start && x.end <= span.end);

describe('within', () => {
  const text = 'Rebels shelled the town of Marbella on Monday, and the army said it would respond.';
  const tokens = tokenize(text);
  const spans: Span[] = [{ start: 0, end: text.length }, { start: 7, end: 36 }, { start: 8, end: 30 }, { start: 45, end: 45 }, { start: 200, end: 210 }];
  for (const span of spans) it(`tokens of [${span.start}, ${span.end})`, () => assert.deepEqual(within(tokens, span), naive(tokens, span)));
  // nested and overlapping mentions: some start inside the span but end beyond it
  const mentions: Span[] = [{ start: 0, end: 6 }, { start: 19, end: 35 }, { start: 27, end: 35 }, { start: 27, end: 50 }, { start: 40, end: 46 }];
  for (const span of [{ start: 0, end: 36 }, { start: 19, end: 46 }, { start: 27, end: 35 }, { start: 20, end: 26 }]) {
    it(`mentions of [${span.start}, ${span.end})`, () => assert.deepEqual(within(mentions, span), naive(mentions, span)));
  }
  it('returns a new array (callers may keep it)', () => {
    const all = within(tokens, { start: 0, end: text.length });
    assert.notEqual(all, tokens);
    assert.deepEqual(all, tokens);
  });
});
