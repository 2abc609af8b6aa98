/**
 * seeds: the whole understanding pass on the five seed documents (../shared/corpus/seeds/, the
 * Soleimani strike, January 2020) against our own gold (gold/*.json, see README.md): entities
 * with aliases merged, quotes with the right speaker, and the dates of reported happenings.
 * Each seed goes through the public stages — readInput → cleanDocument → annotate — exactly as
 * `storyline ingest` does; the gold snippets are located in the cleaned text. Counts are summed
 * over the seeds (micro average).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../../clean/index.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES, readInput } from '../../ingest/index.ts';
import type { Document } from '../../model/index.ts';
import type { NlpResources } from '../../nlp/index.ts';
import { annotate } from '../../nlp/index.ts';
import { loadNlpResources } from '../load-resources.ts';
import type { EvalSuite, Metric, SuiteContext } from '../suite.ts';
import type { SeedGold } from './gold.ts';
import { loadGold } from './load-gold.ts';
import type { Counts } from './prf.ts';
import { addCounts, NO_COUNTS, scores } from './prf.ts';
import { describeCounts, scoreSeed } from './score-seed.ts';
import { hasNlpWeights } from './weights.ts';

/** Where the seeds may be, relative to the data folder: the shared layout first. */
const SEED_DIRS = [['..', 'corpus', 'seeds'], ['corpus', 'seeds'], ['seeds']] as const;

export function findSeedsDir(dataDir: string, gold: readonly SeedGold[]): string | null {
  for (const parts of SEED_DIRS) {
    const dir = join(dataDir, ...parts);
    if (gold.length > 0 && gold.every((g) => existsSync(join(dir, g.file)))) return dir;
  }
  return null;
}

async function cleanSeed(path: string, name: string): Promise<Document> {
  const read = await readInput(name, new Uint8Array(readFileSync(path)), { maxDocumentBytes: DEFAULT_MAX_DOCUMENT_BYTES });
  const raw = read.documents[0];
  if (!raw) throw new Error(`seeds: ${name} could not be read: ${read.problems.map((p) => p.reason).join('; ')}`);
  const cleaned = cleanDocument(raw);
  if (!cleaned.document) throw new Error(`seeds: ${name} left no document: ${cleaned.problems.map((p) => p.reason).join('; ')}`);
  return cleaned.document;
}

function prfMetrics(prefix: string, counts: Counts): Metric[] {
  const s = scores(counts);
  const note = describeCounts(counts);
  return [
    { name: `${prefix}.precision`, value: s.precision, note },
    { name: `${prefix}.recall`, value: s.recall, note },
    { name: `${prefix}.f1`, value: s.f1 },
  ];
}

export const seedsSuite: EvalSuite = {
  name: 'seeds',
  description: 'entities (aliases merged), quotes with speaker and event dates on the 5 seed documents against our gold',
  isAvailable(ctx: SuiteContext): boolean {
    if (findSeedsDir(ctx.dataDir, loadGold()) === null) return false;
    if (hasNlpWeights()) return true;
    ctx.log('seeds: no NER or event weights under models/ yet (npm run train:ner)');
    return false;
  },
  async run(ctx): Promise<readonly Metric[]> {
    const gold = loadGold();
    const dir = findSeedsDir(ctx.dataDir, gold);
    return dir === null ? [] : scoreSeeds(ctx, dir, gold, loadNlpResources());
  },
};

/** The suite's work with the weights handed in (a scratch run can pass others). */
export async function scoreSeeds(ctx: SuiteContext, dir: string, gold: readonly SeedGold[], resources: NlpResources): Promise<Metric[]> {
  let entities = NO_COUNTS;
  let quotes = NO_COUNTS;
  let events = NO_COUNTS;
  let landed = 0;
  let aliases = 0;
  let inGold = { correct: 0, predicted: 0 };
  let unlocated = 0;
  for (const g of gold) {
    const doc = await cleanSeed(join(dir, g.file), g.file);
    if (doc.id !== g.document) ctx.log(`seeds: ${g.file}: document id ${doc.id}, gold was made on ${g.document} (the cleaner changed?)`);
    const score = scoreSeed(g, doc.text, annotate(doc, resources));
    for (const snippet of score.unlocated) ctx.log(`seeds: ${g.file}: gold snippet not in the clean text: "${snippet}"`);
    ctx.log(`seeds: ${g.file}: entities ${describeCounts(score.entities.counts)}; quotes ${describeCounts(score.quotes.counts)}; event dates ${describeCounts(score.events.counts)}`);
    entities = addCounts(entities, score.entities.counts);
    quotes = addCounts(quotes, score.quotes.counts);
    events = addCounts(events, score.events.counts);
    landed += score.entities.aliasesLanded;
    aliases += score.entities.aliasesGold;
    inGold = { correct: inGold.correct + score.events.inGoldSentences.correct, predicted: inGold.predicted + score.events.inGoldSentences.predicted };
    unlocated += score.unlocated.length;
  }
  return [
    ...prfMetrics('seeds.entities', entities),
    { name: 'seeds.entities.alias_recall', value: aliases > 0 ? landed / aliases : 0, note: `${landed}/${aliases} gold surface forms in the matched entity` },
    ...prfMetrics('seeds.quotes', quotes),
    ...prfMetrics('seeds.events.date', events),
    {
      name: 'seeds.events.date.precision_in_gold_sentences',
      value: inGold.predicted > 0 ? inGold.correct / inGold.predicted : 0,
      note: `${inGold.correct}/${inGold.predicted} dated predictions in sentences gold dates`,
    },
    { name: 'seeds.gold.unlocated', value: unlocated, note: 'gold snippets missing from the clean text' },
  ];
}
