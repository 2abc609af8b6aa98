import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentWords } from '../../../src/stories/clustering/content-words.ts';
import { StoryClusterer } from '../../../src/stories/clustering/index.ts';
import { joinThresholdFor, withLead } from '../../../src/stories/clustering/lead.ts';

// Invented article: the lead is about a dam breach, the body drifts to the regional budget.
const article = 'Dam breach floods Varnholt valley\n\nThe Osterby dam gave way overnight.\nThe regional budget was debated later.';

test('withLead: the first non-empty lines are repeated once, blank lines skipped; 0 lines = unchanged', () => {
  assert.equal(withLead(article, 2), `Dam breach floods Varnholt valley\nThe Osterby dam gave way overnight.\n${article}`);
  assert.equal(withLead(article, 0), article);
  assert.equal(withLead('', 2), '');
});

test('withLead: lead terms count twice, body terms once', () => {
  const { terms } = contentWords(withLead(article, 2));
  assert.equal(terms.get('breach'), 2);
  assert.equal(terms.get('dam'), 4);
  assert.equal(terms.get('budget'), 1);
});

test('clusterer: with lead weighting a document scores higher against the story its lead is about', () => {
  const story = { id: 'a', time: null, title: 'Osterby dam breach', text: 'The Osterby dam breach flooded the valley.' };
  const doc = { id: 'b', time: null, title: 'Dam breach at Osterby', text: 'Engineers inspect the breach.\nMeanwhile the regional budget, the tax rate and the school plan were debated by councillors.' };
  const score = (leadLines: number): number => {
    const c = new StoryClusterer({ leadLines, joinThreshold: 0.99, mergeThreshold: 0.99 });
    c.add(story);
    return c.add(doc).score;
  };
  assert.ok(score(2) > score(0), `${score(2)} > ${score(0)}`);
});

test('joinThresholdFor: a short text (≤ shortTextTerms distinct terms) gets the short threshold', () => {
  const options = { joinThreshold: 0.2, shortTextTerms: 20, shortJoinThreshold: 0.1 };
  assert.equal(joinThresholdFor(9, options), 0.1);
  assert.equal(joinThresholdFor(20, options), 0.1);
  assert.equal(joinThresholdFor(21, options), 0.2);
});

test('clusterer: a headline joins at the short-text threshold, a long text at the normal one', () => {
  const first = { id: 'h1', time: null, title: 'Varnholt ferry strike halts crossings', text: null };
  const second = { id: 'h2', time: null, title: 'Ferry strike in Varnholt enters second day', text: null };
  const run = (shortTextTerms: number): boolean => {
    const c = new StoryClusterer({ joinThreshold: 0.99, mergeThreshold: 0.99, shortTextTerms, shortJoinThreshold: 0.05 });
    c.add(first);
    return c.add(second).isNew;
  };
  assert.equal(run(20), false, 'short: joins at 0.05');
  assert.equal(run(0), true, 'treated as long: 0.99 keeps it out');
});
