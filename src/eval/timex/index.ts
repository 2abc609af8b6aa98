/**
 * timex: TempEval-3 Task A (recognition + normalisation) on TBAQ-cleaned, the TE-3 training data
 * (TimeBank + AQUAINT, 256 docs, 1,822 timexes) from ../shared/data/timex/tbaq-cleaned.jsonl, each
 * document resolved against its DCT. The rules of src/nlp/time were developed on this same set
 * (the TE-3 test set is kept back), so these are development figures, not held-out ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimexes } from '../../nlp/time/index.ts';
import type { EvalSuite, Metric, SuiteContext } from '../suite.ts';
import { chronoTimexes } from './chrono-peer.ts';
import { emptyTally, scoreDocument, scores, type ScoredTimex, type TimexTally } from './score.ts';

export interface TimexDocument {
  readonly file: string;
  readonly dct: { readonly value: string };
  readonly text: string;
  readonly timexes: readonly ScoredTimex[];
}

function pathOf(ctx: SuiteContext): string {
  return join(ctx.dataDir, 'timex', 'tbaq-cleaned.jsonl');
}

export function readTimexDocuments(path: string): TimexDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as TimexDocument);
}

function percent(x: number): string {
  return (100 * x).toFixed(2);
}

export const timexSuite: EvalSuite = {
  name: 'timex',
  description: 'time expressions, TempEval-3 Task A manner (relaxed/strict match, value F1) on TBAQ-cleaned (TE-3 training data, DCT anchors)',
  isAvailable: (ctx) => existsSync(pathOf(ctx)),
  async run(ctx): Promise<readonly Metric[]> {
    const documents = readTimexDocuments(pathOf(ctx));
    const ours: TimexTally = emptyTally();
    const peer: TimexTally = emptyTally();
    for (const doc of documents) {
      scoreDocument(doc.timexes, findTimexes(doc.text, doc.dct.value), ours);
      scoreDocument(doc.timexes, chronoTimexes(doc.text, doc.dct.value), peer);
    }
    const s = scores(ours);
    const c = scores(peer);
    ctx.log(`timex: ${documents.length} docs, gold ${ours.gold}, system ${ours.system}, relaxed ${ours.relaxed}, value-correct ${ours.valueCorrect}`);
    const counts = `gold ${ours.gold}, sys ${ours.system}, relaxed ${ours.relaxed}`;
    return [
      { name: 'timex.relaxed.f1', value: s.relaxedF1, note: `P ${percent(s.relaxedP)} R ${percent(s.relaxedR)}; ${counts}; HeidelTime-t 90.30 on TE-3 test` },
      { name: 'timex.strict.f1', value: s.strictF1, note: `strict ${ours.strict}; HeidelTime-t 81.34 on TE-3 test` },
      {
        name: 'timex.value.f1',
        value: s.valueF1,
        note: `value acc ${percent(s.valueAccuracy)}; chrono-node alone (same run) ${percent(c.valueF1)}; HeidelTime-t 77.61 on TE-3 test; TBAQ is TE-3 training data (developed on)`,
      },
      { name: 'timex.type.accuracy', value: s.typeAccuracy, note: `type F1 ${percent(s.typeF1)}` },
    ];
  },
};
