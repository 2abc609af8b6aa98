/**
 * duplicates: two honest checks on data that is on disk, neither tuned against.
 *
 * 1. False duplicates among different articles on the same kind of event. ECB+ DEV
 *    (clustering/ecbplus, topics 1–35): 772 articles, two different events per topic (Tara Reid's
 *    rehab vs Lindsay Lohan's) — same vocabulary, names and numbers, different texts, the hardest
 *    negatives on disk. A pair across two sub-topics is certainly false (ceiling 0 in
 *    baseline.json); pairs inside one sub-topic may be real agency copies run by two sites, so they
 *    are counted, not scored.
 * 2. Updates and re-sent copies on the Reuters-21578 newswire (news-sample/reuters21578-wire, one
 *    outlet, 19,043 short items): the README's "lead-sharing groups" — items whose first 40
 *    lower-cased alphanumeric words are identical — are re-sent texts and updates/corrections of one
 *    story. Recall = share of same-lead pairs we report as duplicates of any kind (`exact`, `version`, or
 *    `near` when > 72 h apart), split by identical vs edited text. The lead rule is the dataset's proxy, not gold: a pair we report outside it is
 *    counted (an update may rewrite its lead), not called wrong.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../../clean/index.ts';
import type { Document } from '../../model/index.ts';
import { findDuplicates } from '../../stories/duplicates/index.ts';
import { readJsonlGz } from '../liveblog/read-jsonl-gz.ts';
import type { EvalSuite, Metric, SuiteContext } from '../suite.ts';

interface EcbRecord {
  readonly id: string;
  readonly cluster: string;
  readonly url: string | null;
  readonly text: string;
}

interface WireRecord {
  readonly id: string;
  readonly time: string;
  readonly title: string | null;
  readonly text: string;
  readonly outlet: string;
}

const ECB = ['clustering', 'ecbplus', 'ecbplus.dev.jsonl.gz'];
const REUTERS = ['news-sample', 'reuters21578-wire.jsonl.gz'];

function clean(origin: string, content: string, hints: Record<string, string>): Document | null {
  const bytes = new TextEncoder().encode(`${origin}\n${content}`);
  return cleanDocument({ origin, bytes, contentType: 'text', content, hints }).document;
}

function ecbplus(ctx: SuiteContext): Metric[] {
  const cluster = new Map<string, string>();
  const docs: Document[] = [];
  for (const r of readJsonlGz<EcbRecord>(join(ctx.dataDir, ...ECB))) {
    const doc = clean(r.id, r.text, r.url ? { url: r.url } : {});
    if (!doc) continue;
    cluster.set(doc.id, r.cluster);
    docs.push(doc);
  }
  const { pairs } = findDuplicates(docs);
  const across = pairs.filter((p) => cluster.get(p.docs[0]) !== cluster.get(p.docs[1]));
  for (const p of across) ctx.log(`duplicates: false ${p.kind} ${p.docs.map((d) => cluster.get(d)).join(' ~ ')} score ${p.score.toFixed(2)}`);
  return [
    { name: 'duplicates.ecbplus.false_pairs', value: across.length, note: `pairs across two sub-topics; ${docs.length} articles, ${(docs.length * (docs.length - 1)) / 2} possible pairs` },
    { name: 'duplicates.ecbplus.within_story_pairs', value: pairs.length - across.length, note: 'same sub-topic: agency copies on several sites, not scored' },
  ];
}

/** The README's lead: the first 40 lower-cased alphanumeric words. */
function lead(text: string): string {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).slice(0, 40).join(' ');
}

function reuters(ctx: SuiteContext): Metric[] {
  const records = readJsonlGz<WireRecord>(join(ctx.dataDir, ...REUTERS));
  const docs: Document[] = [];
  const leadOf = new Map<string, string>();
  const textOf = new Map<string, string>();
  for (const r of records) {
    const doc = clean(r.id, `${r.title ?? ''}\n\n${r.text}`, { source: r.outlet, published: r.time, ...(r.title ? { title: r.title } : {}) });
    if (!doc) continue;
    docs.push(doc);
    leadOf.set(doc.id, lead(r.text));
    textOf.set(doc.id, r.text);
  }
  const started = performance.now();
  const { pairs } = findDuplicates(docs);
  const seconds = (performance.now() - started) / 1000;
  const found = new Set(pairs.map((p) => [...p.docs].sort().join(' ')));
  const versions = pairs.filter((p) => p.kind === 'version').length;
  const groups = new Map<string, string[]>();
  for (const d of docs) {
    const key = leadOf.get(d.id) as string;
    if (key === '') continue;
    const g = groups.get(key);
    if (g) g.push(d.id);
    else groups.set(key, [d.id]);
  }
  const same = { pairs: 0, found: 0 };
  const edited = { pairs: 0, found: 0 };
  let leadPairs = 0;
  for (const g of groups.values()) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        const a = g[i] as string;
        const b = g[j] as string;
        const bucket = textOf.get(a) === textOf.get(b) ? same : edited;
        bucket.pairs++;
        leadPairs++;
        if (found.has([a, b].sort().join(' '))) bucket.found++;
      }
    }
  }
  const outside = found.size - same.found - edited.found;
  return [
    { name: 'duplicates.reuters.identical.recall', value: same.pairs ? same.found / same.pairs : 1, note: `${same.found}/${same.pairs} same-lead pairs with identical text found` },
    { name: 'duplicates.reuters.edited.recall', value: edited.pairs ? edited.found / edited.pairs : 1, note: `${edited.found}/${edited.pairs} same-lead pairs with edited text (updates, corrections) found` },
    { name: 'duplicates.reuters.pairs_outside_leads', value: outside, note: `pairs whose leads differ (not scored); ${leadPairs} same-lead pairs; ${versions} of all ${pairs.length} pairs are versions (the rest exact or near: > 72 h apart)` },
    { name: 'duplicates.reuters.items_per_s', value: docs.length / seconds, note: `${docs.length} items from an empty index (cleaning not timed)` },
  ];
}

export const duplicatesSuite: EvalSuite = {
  name: 'duplicates',
  description: 'false duplicates among ECB+ articles on the same kind of event; re-sent and updated items on the Reuters-21578 wire',
  isAvailable(ctx: SuiteContext): boolean {
    return existsSync(join(ctx.dataDir, ...ECB)) || existsSync(join(ctx.dataDir, ...REUTERS));
  },
  async run(ctx) {
    const metrics: Metric[] = [];
    if (existsSync(join(ctx.dataDir, ...ECB))) metrics.push(...ecbplus(ctx));
    if (existsSync(join(ctx.dataDir, ...REUTERS))) metrics.push(...reuters(ctx));
    return metrics;
  },
};
