/**
 * quotes: PolNeAR **dev** (canonical annotation per article, data README), scored with the README's
 * recipe (score.ts). Each article text is tokenized and split into sentences, and extractQuotes runs
 * with no names (the NER stage is scored on its own), so sources are found from the text alone.
 * A Quote maps to an attribution: source = speaker span, cue, content fragments (a split quote gives
 * two); quotes without a cue are not attributions and are left out. The heuristics and the cue lexicon
 * were developed on PolNeAR train; dev is only measured.
 */
import type { Document } from '../../model/index.ts';
import { contentFragments, extractQuotes } from '../../nlp/quotes/index.ts';
import { splitSentences, tokenize } from '../../text/index.ts';
import type { EvalSuite, Metric } from '../suite.ts';
import { trimFrag } from './brat.ts';
import { hasPolnear, loadPolnear } from './polnear.ts';
import { emptyTally, f1, ROLES, scoreDocument, type Attribution, type Frag, type Tally } from './score.ts';

const SPLIT = 'dev';

/** Attributions the extractor finds in `text` (exported for train-side development scripts). */
export function predictAttributions(name: string, text: string, scope: 'speech' | 'attribution' = 'attribution'): Attribution[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const doc = { id: name, text } as unknown as Document;
  const quotes = extractQuotes({ doc, tokens, sentences, names: [], entities: [], mentions: [], timexes: [], quotes: [], events: [] }, { scope });
  const trim = (frags: readonly Frag[]): Frag[] => frags.map((f) => trimFrag(text, f)).filter((f): f is Frag => f !== null);
  return quotes
    .filter((q) => q.cue !== null)
    .map((q) => ({ source: trim(q.speaker ? [q.speaker] : []), cue: trim(q.cue ? [q.cue] : []), content: trim(contentFragments(text, q)) }));
}

export function tallySplit(dataDir: string, split: string): { tally: Tally; articles: number } {
  const tally = emptyTally();
  const articles = loadPolnear(dataDir, split);
  for (const a of articles) scoreDocument(a.text, predictAttributions(a.name, a.text), a.gold, tally);
  return { tally, articles: articles.length };
}

const pct = (x: number): string => (100 * x).toFixed(1);

export const quotesSuite: EvalSuite = {
  name: 'quotes',
  description: 'quote attribution (source, cue, content) on PolNeAR dev, exact spans and linked pairs',
  isAvailable: (ctx) => hasPolnear(ctx.dataDir, SPLIT),
  async run(ctx): Promise<readonly Metric[]> {
    const started = Date.now();
    const { tally, articles } = tallySplit(ctx.dataDir, SPLIT);
    ctx.log(`quotes: ${articles} ${SPLIT} articles in ${Date.now() - started} ms`);
    const metrics: Metric[] = [];
    const anchors: Record<string, string> = { source: 'BERT+CofeNet 83.2 (test)', cue: 'BERT+CofeNet 75.3 (test)', content: 'BERT+CofeNet 72.9 (test)' };
    for (const role of ROLES) {
      const e = f1(tally.exact[role]);
      metrics.push({ name: `quotes.${role}.f1`, value: e.f, note: `exact P ${pct(e.p)} R ${pct(e.r)}; ${tally.exact[role].gold} gold; anchor ${anchors[role]}` });
    }
    for (const role of ROLES) {
      const o = f1(tally.overlap[role]);
      metrics.push({ name: `quotes.${role}.overlap_f1`, value: o.f, note: `character overlap P ${pct(o.p)} R ${pct(o.r)}` });
    }
    const strict = f1(tally.linked);
    metrics.push({ name: 'quotes.linked.f1', value: strict.f, note: `strict linked P ${pct(strict.p)} R ${pct(strict.r)}; annotators 77.2` });
    const loose = f1(tally.linkedOverlap);
    metrics.push({ name: 'quotes.pair.f1', value: loose.f, note: `linked-overlap (right speaker, right quote) P ${pct(loose.p)} R ${pct(loose.r)}; ${tally.linkedOverlap.gold} gold; annotators 86.9; floor 0.70` });
    return metrics;
  },
};
