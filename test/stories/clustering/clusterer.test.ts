import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type StoryInput } from '../../../src/stories/clustering/index.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);

// Invented coverage: two volcano reports, one football result, one unrelated recipe.
const volcano1: StoryInput = {
  id: 'v1', time: T0, title: 'Mount Kerava erupts, villages evacuated',
  text: 'The Kerava volcano erupted on Monday, sending ash over Lindholm. Authorities evacuated three villages near the crater.',
};
const volcano2: StoryInput = {
  id: 'v2', time: T0 + DAY / 2, title: 'Ash from Kerava eruption closes Lindholm airport',
  text: 'Flights were cancelled after the Kerava volcano eruption covered Lindholm in ash; evacuated villagers wait in shelters.',
};
const football: StoryInput = {
  id: 'f1', time: T0 + DAY / 4, title: 'Rovers beat United in cup final',
  text: 'Rovers won the cup final against United with a late goal from striker Okafor at the national stadium.',
};
const recipe: StoryInput = {
  id: 'r1', time: T0 + DAY, title: 'Slow-roasted tomato soup',
  text: 'Roast tomatoes with garlic and thyme, then blend with stock and cream for a winter soup.',
};

test('clusterer: a related document joins the right story', () => {
  const c = new StoryClusterer();
  const first = c.add(volcano1);
  c.add(football);
  const second = c.add(volcano2);
  assert.equal(first.isNew, true);
  assert.equal(second.isNew, false);
  assert.equal(second.story, first.story);
  assert.notEqual(c.storyOf('f1'), first.story);
});

test('clusterer: a story opened by an untitled page takes the title of the first titled member', () => {
  const c = new StoryClusterer();
  const first = c.add({ ...volcano1, title: null });
  assert.equal(c.stories()[0]?.title, null);
  const second = c.add(volcano2);
  assert.equal(second.story, first.story);
  assert.equal(c.stories()[0]?.title, volcano2.title);
  const third = c.add({ ...volcano1, id: 'v3', title: 'A later headline' });
  assert.equal(third.story, first.story);
  assert.equal(c.stories()[0]?.title, volcano2.title, 'a title, once set, stays');
});

test('clusterer: an unrelated document opens a new story', () => {
  const c = new StoryClusterer();
  c.add(volcano1);
  c.add(volcano2);
  const r = c.add(recipe);
  assert.equal(r.isNew, true);
  assert.equal(c.stories().length, 2);
});

test('clusterer: a long time gap keeps a document out of a story it matches in text', () => {
  const near = new StoryClusterer();
  near.add(volcano1);
  assert.equal(near.add({ ...volcano2, time: T0 + DAY }).isNew, false);
  const far = new StoryClusterer();
  far.add(volcano1);
  assert.equal(far.add({ ...volcano2, time: T0 + 60 * DAY }).isNew, true);
});

test('clusterer: without times, time plays no part', () => {
  const c = new StoryClusterer();
  c.add({ ...volcano1, time: null });
  assert.equal(c.add({ ...volcano2, time: null }).isNew, false);
});

test('clusterer: a merge keeps the absorbed id resolving to the survivor', () => {
  const c = new StoryClusterer();
  const a = c.add(volcano1).story;
  const b = c.add(football).story;
  const survivor = c.merge(b, a);
  assert.equal(survivor, a, 'the older story survives');
  assert.equal(c.resolve(b), a);
  assert.equal(c.storyOf('f1'), a);
  const story = c.stories().find((s) => s.id === a);
  assert.deepEqual(story?.aliases, [b]);
  assert.deepEqual(story?.docs, ['v1', 'f1']);
  assert.equal(c.resolve('s-unknown'), undefined);
});

test('clusterer: two stories that prove to be one merge on their own, and the absorbed id resolves', () => {
  // Joining is (almost) impossible, merging easy: volcano2 opens its own story, which then merges into volcano1's.
  const c = new StoryClusterer({ joinThreshold: 0.99, shortJoinThreshold: 0.99, mergeThreshold: 0.05 });
  const a = c.add(volcano1).story;
  const r = c.add(volcano2);
  assert.equal(r.isNew, true);
  assert.equal(r.story, a);
  assert.deepEqual(r.merged, ['s-v2']);
  assert.equal(c.resolve('s-v2'), a);
  assert.deepEqual(c.stories().map((s) => s.id), [a]);
});

test('clusterer: a high merge threshold keeps matching stories apart', () => {
  const c = new StoryClusterer({ joinThreshold: 0.99, shortJoinThreshold: 0.99, mergeThreshold: 0.99 });
  c.add(volcano1);
  assert.deepEqual(c.add(volcano2).merged, []);
  assert.equal(c.stories().length, 2);
});

test('clusterer: the same input in the same order gives the same story ids', () => {
  const run = (): (string | undefined)[] => {
    const c = new StoryClusterer();
    for (const d of [volcano1, football, volcano2, recipe]) c.add(d);
    return ['v1', 'f1', 'v2', 'r1'].map((id) => c.storyOf(id));
  };
  assert.deepEqual(run(), run());
});

test('clusterer: given entity keys are used as names', () => {
  const c = new StoryClusterer({ entityWeight: 1, joinThreshold: 0.5 });
  c.add({ id: 'a', time: null, title: 'x', text: 'talks resumed', entities: ['Q42', 'Q1'] });
  const r = c.add({ id: 'b', time: null, title: 'y', text: 'meeting ended', entities: ['Q42', 'Q1'] });
  assert.equal(r.isNew, false);
});

test('clusterer: adding a document id twice is refused', () => {
  const c = new StoryClusterer();
  c.add(volcano1);
  assert.throws(() => c.add(volcano1), /already added/);
});
