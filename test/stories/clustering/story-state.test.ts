import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentFrequencies } from '../../../src/stories/clustering/document-frequencies.ts';
import { addMember, newStory, storyNorms } from '../../../src/stories/clustering/story-state.ts';
import { weightedNorm } from '../../../src/stories/clustering/vectors.ts';

test('story-state: the norm updated on add equals the norm recomputed from scratch', () => {
  const df = { terms: new DocumentFrequencies(), names: new DocumentFrequencies() };
  for (const keys of [['ash', 'volcano'], ['volcano', 'airport'], ['cup', 'final']]) df.terms.addDocument(keys);
  const story = newStory('s-a', 0, null);
  addMember(story, 'a', null, new Map([['ash', 0.6], ['volcano', 0.8]]), new Map(), df);
  storyNorms(story, df.terms, df.names); // cache the norm
  addMember(story, 'b', null, new Map([['volcano', 0.6], ['airport', 0.8]]), new Map([['kerava', 1]]), df);
  const cached = storyNorms(story, df.terms, df.names);
  assert.ok(Math.abs(cached.terms - weightedNorm(story.terms, df.terms)) < 1e-12);
  assert.ok(Math.abs(cached.names - weightedNorm(story.names, df.names)) < 1e-12);
  assert.deepEqual(story.docs, ['a', 'b']);
});
