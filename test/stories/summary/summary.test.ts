import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SUMMARY_DEFAULTS, summariseStory } from '../../../src/stories/summary/index.ts';
import { cited, storyArticle } from './build.ts';
import { CAPTION, courier, daily, LEAD_A, LEAD_B, QUESTION, STORY, WIRE, WIRE_EDITED } from './fixtures.ts';

const texts = (articles = STORY, maxSentences = 20): string[] => summariseStory(articles, { maxSentences }).sentences.map((s) => s.text);

test('every sentence is cited: the first citation is the printed sentence itself', () => {
  const summary = summariseStory(STORY, { maxSentences: 20 });
  assert.ok(summary.sentences.length >= 5);
  for (const s of summary.sentences) {
    assert.ok(s.citations.length >= 1);
    if (s.verbatim) assert.equal(s.text, cited(STORY, s.citations[0]!));
  }
  // Only sentences whose quote needed attributing were edited.
  assert.deepEqual(
    summary.sentences.filter((s) => !s.verbatim).map((s) => s.quote?.speaker).sort(),
    ['Ines Varga', 'Mara Tolen', 'Mara Tolen'],
  );
});

test('a sentence printed by several articles is cited in each; copies of one agency story count once', () => {
  const wire = summariseStory(STORY, { maxSentences: 20 }).sentences.find((s) => s.text === WIRE || s.text === WIRE_EDITED);
  assert.ok(wire);
  assert.deepEqual(wire.citations.map((c) => c.doc).sort(), ['daily', 'wire-x', 'wire-y']);
  assert.deepEqual(wire.citations.map((c) => cited(STORY, c)).sort(), [WIRE_EDITED, WIRE, WIRE].sort());
  assert.equal(wire.sources, 2); // the g1 copy group and Daily
});

test('the sentence reported by several independent sources is preferred', () => {
  const [top] = summariseStory(STORY, { maxSentences: 1 }).sentences;
  assert.equal(top?.text, WIRE);
  assert.equal(top?.sources, 2);
});

test('support from independent sources outweighs a slightly more central single-source lead', () => {
  const shared = 'Repairs will cost at least forty million euros, according to an estimate by the transport ministry.';
  const articles = [
    storyArticle('one', [['Kerrin council met on Tuesday to discuss the closed railway line and the damaged bridge.'], [shared]], { source: 'One' }),
    storyArticle('two', [['Farmers near Kerrin say the closed railway line has cut them off from the port and the market.'], [shared]], { source: 'Two' }),
    storyArticle('three', [['Hotel owners in Kerrin reported many cancellations after the railway line was closed.']], { source: 'Three' }),
  ];
  const [top] = summariseStory(articles, { maxSentences: 1 }).sentences;
  assert.equal(top?.text, shared);
  assert.equal(top?.sources, 2);
  // The same story with copies of one source (one copy group): no support, the central lead wins.
  const grouped = articles.map((a) => ({ ...a, copyGroup: a.doc.id === 'three' ? 'g-three' : 'g' }));
  assert.notEqual(summariseStory(grouped, { maxSentences: 1 }).sentences[0]?.text, shared);
  assert.notEqual(summariseStory(articles, { maxSentences: 1 }, { ...SUMMARY_DEFAULTS, supportWeight: 0 }).sentences[0]?.text, shared);
});

test('no sentence twice in other words: of a paraphrased pair only one is printed', () => {
  const all = texts();
  assert.equal(all.filter((t) => t === LEAD_A || t === LEAD_B).length, 1);
  // Each of the pair is printable on its own: it is the redundancy cut that drops one.
  assert.ok(texts([courier]).includes(LEAD_A));
  assert.ok(texts([daily]).includes(LEAD_B));
});

test('with redundancy switched off the paraphrase comes back (the cut is what removes it)', () => {
  const tuning = { ...SUMMARY_DEFAULTS, maxCosine: 2, maxOverlap: 2, lambda: 1 };
  const all = summariseStory(STORY, { maxSentences: 20 }, tuning).sentences.map((s) => s.text);
  assert.ok(all.includes(LEAD_A) && all.includes(LEAD_B));
});

test('headlines, captions, questions and page chrome are never printed', () => {
  const all = texts();
  for (const bad of ['Bridge collapses in Kerrin', CAPTION, QUESTION, 'Share this']) assert.ok(!all.includes(bad), bad);
});

test('an article whose newer version is in the story is left out', () => {
  const old = storyArticle('old', [['An early report said three wagons had fallen from the bridge into the river below.']], { newerVersion: 'daily' });
  const summary = summariseStory([old, ...STORY], { maxSentences: 20 });
  assert.ok(summary.sentences.every((s) => s.citations.every((c) => c.doc !== 'old')));
  // Without its newer version present it still counts.
  assert.ok(summariseStory([old], { maxSentences: 5 }).sentences.some((s) => s.citations[0]!.doc === 'old'));
});

test('length: at most maxSentences sentences and maxChars characters', () => {
  for (const n of [1, 2, 3]) assert.equal(summariseStory(STORY, { maxSentences: n }).sentences.length, n);
  const short = summariseStory(STORY, { maxSentences: 10, maxChars: 250 }).sentences;
  assert.ok(short.length >= 1);
  assert.ok(short.map((s) => s.text).join(' ').length <= 250);
  assert.deepEqual(summariseStory(STORY, { maxSentences: 0 }).sentences, []);
  assert.deepEqual(summariseStory([], { maxSentences: 3 }).sentences, []);
});

test('misuse: a bad length is a TypeError that says what was expected', () => {
  assert.throws(() => summariseStory(STORY, { maxSentences: 1.5 }), /Expected `maxSentences` to be an integer from 0 up, got 1.5/);
  assert.throws(() => summariseStory(STORY, { maxSentences: 2, maxChars: -1 }), /Expected `maxChars`/);
});
