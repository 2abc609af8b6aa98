import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type ClusterOptions, type StoryInput } from '../../../src/stories/clustering/index.ts';
import { assignFromSource } from '../../../src/stories/clustering/assign-from-source.ts';
import { MemorySource } from './memory-source.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);

// Invented stream: four topics whose vocabularies overlap a little, documents in time order.
const TOPICS = [
  ['Kerava', 'volcano', 'eruption', 'ash', 'villages', 'evacuated', 'crater', 'Lindholm', 'flights', 'shelters'],
  ['Rovers', 'United', 'cup', 'final', 'goal', 'striker', 'Okafor', 'stadium', 'fans', 'coach'],
  ['Marvale', 'parliament', 'budget', 'vote', 'minister', 'Tessaro', 'coalition', 'taxes', 'opposition', 'deficit'],
  ['Lindholm', 'airport', 'flights', 'strike', 'pilots', 'union', 'cancelled', 'travellers', 'wages', 'talks'],
];

function stream(count: number, seed: number): StoryInput[] {
  let x = seed;
  const random = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const topic = pick(TOPICS);
    const words = Array.from({ length: 14 }, () => pick(topic));
    return { id: `d${i}`, time: T0 + Math.floor(i / 4) * DAY, title: words.slice(0, 5).join(' '), text: words.join(' ') + '.' };
  });
}

async function replayOneByOne(inputs: readonly StoryInput[], options: Partial<ClusterOptions>): Promise<{ stories: Map<string, string>; merges: number; storyLoads: number }> {
  const source = new MemorySource();
  let merges = 0;
  for (const input of inputs) {
    const run = await assignFromSource([input], source, options);
    merges += run.changes.absorbed.length;
    source.apply(run.changes);
  }
  return { stories: source.members, merges, storyLoads: source.storyLoads };
}

for (const [name, options] of [['default thresholds', {}], ['low merge threshold (forces merges)', { mergeThreshold: 0.05 }], ['two candidates per document', { candidates: 2 }]] as const) {
  test(`assignFromSource: one document per run over a stored state gives the in-memory clusterer's stories (${name})`, async () => {
    const inputs = stream(80, 7);
    const memory = new StoryClusterer(options);
    for (const input of inputs) memory.add(input);
    const stored = await replayOneByOne(inputs, options);
    const perDocument = 'candidates' in options ? options.candidates : 30;
    assert.ok(stored.storyLoads <= inputs.length * perDocument, `${stored.storyLoads} whole stories loaded for ${inputs.length} documents`);
    const expected = new Map(inputs.map((d) => [d.id, memory.storyOf(d.id) as string]));
    assert.deepEqual(stored.stories, expected);
    const storyCount = new Set(expected.values()).size;
    assert.ok(storyCount >= 2 && storyCount < inputs.length, `${storyCount} stories`);
    if (options === undefined || 'mergeThreshold' in options) assert.ok(stored.merges > 0, 'the low threshold should merge');
  });
}

test('assignFromSource: a batch of documents in one run equals documents one run each', async () => {
  const inputs = stream(40, 11);
  const batch = new MemorySource();
  const run = await assignFromSource(inputs, batch);
  batch.apply(run.changes);
  const single = await replayOneByOne(inputs, {});
  assert.deepEqual(batch.members, single.stories);
  assert.equal(batch.documents, 40);
});
