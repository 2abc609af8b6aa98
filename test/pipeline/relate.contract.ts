/**
 * The relate step against a real back end: duplicates found through the stored LSH keys, stories
 * assigned from the stored clusterer state exactly as the in-memory clusterer assigns them, merges
 * that keep old ids resolving, and nothing related twice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../src/model/index.ts';
import { relateStored } from '../../src/pipeline/index.ts';
import { StoryClusterer, fromDocument } from '../../src/stories/clustering/index.ts';
import type { Store } from '../../src/store/index.ts';
import { makeWrite } from '../helpers/documents.ts';

const VOLCANO = ['Kerava', 'volcano', 'eruption', 'ash', 'villages', 'evacuated', 'crater', 'Lindholm', 'lava', 'shelters', 'seismologists'];
const FOOTBALL = ['Rovers', 'United', 'cup', 'final', 'goal', 'striker', 'Okafor', 'stadium', 'fans', 'coach', 'penalty'];

/** Invented reports: sentences drawn from one topic's words, each document from its own outlet. */
function reports(): Document[] {
  let x = 42;
  const random = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const sentence = (words: readonly string[]) => Array.from({ length: 12 }, () => words[Math.floor(random() * words.length)]).join(' ') + '.';
  const docs: Document[] = [];
  for (let i = 0; i < 12; i++) {
    const topic = i % 3 === 2 ? FOOTBALL : VOLCANO;
    const text = [sentence(topic), sentence(topic), sentence(topic)].join('\n\n');
    docs.push(makeWrite(text, { title: sentence(topic).slice(0, 60), source: `Outlet ${i}`, published: { value: `2026-03-0${1 + Math.floor(i / 3)}`, precision: 'day' } }).document);
  }
  return docs;
}

/** relate takes documents by publication date, then id. */
function inRelateOrder(docs: readonly Document[]): Document[] {
  return [...docs].sort((a, b) => (a.published?.value ?? '').localeCompare(b.published?.value ?? '') || (a.id < b.id ? -1 : 1));
}

async function store(newStore: () => Promise<Store>, docs: readonly Document[]): Promise<Store> {
  const s = await newStore();
  await s.writeDocuments(docs.map((d) => makeWrite(d.text, d)));
  return s;
}

export function runRelateContract(name: string, newStore: () => Promise<Store>): void {
  test(`${name} relate: stories from the stored state equal the in-memory clusterer's, and a second run relates nothing`, async () => {
    const docs = reports();
    const s = await store(newStore, docs);
    try {
      const first = await relateStored(s);
      assert.equal(first.related, docs.length);
      assert.equal(first.failed, 0);
      const memory = new StoryClusterer();
      for (const d of inRelateOrder(docs)) memory.add(fromDocument(d));
      for (const d of docs) assert.equal(await s.storyOfDocument(d.id), memory.storyOf(d.id), d.id);
      const stories = await s.listStories();
      assert.equal(stories.length, new Set(docs.map((d) => memory.storyOf(d.id))).size);
      assert.ok(stories.length >= 2, 'two topics give at least two stories');
      const members = (id: string) => docs.filter((d) => memory.storyOf(d.id) === id);
      for (const story of stories) {
        // the counts kept on the story row (migration 0005) agree with its members
        const storyMembers = members(story.id);
        const published = storyMembers.map((d) => d.published?.value ?? '').sort();
        assert.equal(story.documents, storyMembers.length, story.id);
        assert.equal(story.outlets, new Set(storyMembers.map((d) => d.source?.toLowerCase() ?? d.id)).size, story.id);
        assert.deepEqual([story.first, story.last], [published[0], published.at(-1)], story.id);
      }
      // the list's activity series: members per publication day, every day between the first and the last
      const activity = await s.storyActivity(stories.map((story) => story.id));
      assert.ok([...activity.values()].some((series) => series.length > 1), 'some story spans several days');
      for (const story of stories) {
        const days = members(story.id).flatMap((d) => (/^\d{4}-\d{2}-\d{2}/.test(d.published?.value ?? '') ? [d.published!.value.slice(0, 10)] : [])).sort();
        const series = activity.get(story.id) ?? [];
        if (days.length === 0) {
          assert.equal(activity.has(story.id), false, story.id);
          continue;
        }
        assert.equal(series[0]?.date, days[0], story.id);
        assert.equal(series.at(-1)?.date, days.at(-1), story.id);
        assert.equal(series.length, Math.round((Date.parse(days.at(-1)!) - Date.parse(days[0]!)) / 86_400_000) + 1, story.id);
        for (const day of series) assert.equal(day.documents, days.filter((d) => d === day.date).length, `${story.id} ${day.date}`);
      }
      assert.equal((await relateStored(s)).related, 0);
    } finally {
      await s.close();
    }
  });

  test(`${name} relate: a copy of a stored text from another outlet is a duplicate pair, found through the stored keys`, async () => {
    const docs = reports().slice(0, 4);
    const original = docs[0] as Document;
    const copy = makeWrite(original.text, { source: 'Other Outlet', published: { value: '2026-03-05', precision: 'day' } }).document;
    const s = await store(newStore, [...docs, copy]);
    try {
      const summary = await relateStored(s);
      assert.equal(summary.duplicates, 1);
      const pairs = await s.duplicatePairs([copy.id]);
      // the same body from two outlets: a wire copy
      assert.deepEqual(pairs.map((p) => [p.kind, [...p.docs].sort()]), [['wire', [original.id, copy.id].sort()]]);
      assert.equal(await s.storyOfDocument(copy.id), await s.storyOfDocument(original.id));
    } finally {
      await s.close();
    }
  });

  test(`${name} relate: merged stories keep resolving by their old ids`, async () => {
    // A join threshold nothing reaches and a merge threshold anything reaches: each document opens a
    // story and merges it into an older one it shares words with.
    const docs = reports().filter((_, i) => i % 3 !== 2).slice(0, 5);
    const s = await store(newStore, docs);
    try {
      const summary = await relateStored(s, { clusterOptions: { joinThreshold: 2, shortJoinThreshold: 2, mergeThreshold: 0.0001 } });
      assert.ok(summary.merged >= 1, `merged ${summary.merged}`);
      const stories = await s.listStories();
      assert.equal(stories.length, 1);
      const survivor = stories[0]?.id as string;
      const oldest = inRelateOrder(docs)[0] as Document;
      assert.equal(survivor, `s-${oldest.id}`, 'the oldest story survives');
      for (const d of docs) {
        assert.equal(await s.storyOfDocument(d.id), survivor);
        assert.equal(await s.resolveStory(`s-${d.id}`), survivor);
      }
      assert.deepEqual([...(stories[0]?.aliases ?? [])].sort(), docs.filter((d) => d !== oldest).map((d) => `s-${d.id}`).sort());
      assert.equal(stories[0]?.documents, docs.length, 'the survivor counts every member moved into it');
      assert.equal(await s.getStory(`s-${docs.at(-1)?.id}`), null, 'an absorbed story is no row of its own');
    } finally {
      await s.close();
    }
  });
}
