/**
 * ner: the shipped name tagger (newest models/ner/ner-v<N>.bin.gz) on the dev splits of
 * `<data>/ner/restricted/` — exact-span micro P/R/F1 with conlleval semantics:
 *  - OntoNotes 5 dev over PERSON, NORP, FAC, ORG, GPE, LOC (other OntoNotes types count as O; our
 *    auxiliary MISC class is not scored) → `ner.ontonotes.f1`, `ner.ontonotes.<type>.f1`;
 *  - CoNLL-2003 dev (eng.testa, IOB1) with our output mapped PERSON→PER, ORG→ORG,
 *    GPE/LOC/FACILITY→LOC, NORP→MISC; MISC is dropped on both sides (gold MISC chunks and our NORP
 *    chunks are neither credited nor charged), so `ner.conll.f1` is micro F1 over PER, ORG, LOC.
 * The model's epoch was chosen on these dev splits (scripts/ner/train.ts); no test split is read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNerModel, type NerModel } from '../../nlp/ner/index.ts';
import { shippedModelPath } from '../load-resources.ts';
import type { EvalSuite, Metric, SuiteContext } from '../suite.ts';
import { CONLL_DEV, loadConllDev, loadOntonotesDev, ONTONOTES_DEV, scoreConll, scoreOntonotes } from './evaluate.ts';
import { f1Of, type SpanScore } from './score.ts';

export function loadShippedModel(): NerModel {
  const path = shippedModelPath('ner');
  if (!path) throw new Error('ner: no ner-v<N> weights in models/ner');
  return parseNerModel(new Uint8Array(readFileSync(path)));
}

const ONTONOTES_NAMES: Readonly<Record<string, string>> = { PERSON: 'person', NORP: 'norp', FACILITY: 'fac', ORG: 'org', GPE: 'gpe', LOC: 'loc' };

function metricsOf(prefix: string, score: SpanScore, names: Readonly<Record<string, string>>, anchor: string): Metric[] {
  const micro = f1Of(score.micro);
  const out: Metric[] = [
    { name: `${prefix}.f1`, value: micro.f1, note: `P ${micro.precision.toFixed(4)} R ${micro.recall.toFixed(4)}; ${score.micro.correct}/${score.micro.predicted} predicted, ${score.micro.gold} gold; ${anchor}` },
    { name: `${prefix}.precision`, value: micro.precision },
    { name: `${prefix}.recall`, value: micro.recall },
  ];
  for (const [type, name] of Object.entries(names)) {
    const c = score.byType.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
    const f = f1Of(c);
    out.push({ name: `${prefix}.${name}.f1`, value: f.f1, note: `P ${f.precision.toFixed(4)} R ${f.recall.toFixed(4)}; ${c.gold} gold` });
  }
  return out;
}

export const nerSuite: EvalSuite = {
  name: 'ner',
  description: 'name tagger exact-span F1 on OntoNotes 5 dev (6 types) and CoNLL-2003 dev (PER/ORG/LOC)',
  isAvailable: (ctx: SuiteContext) =>
    shippedModelPath('ner') !== null && (existsSync(join(ctx.dataDir, ONTONOTES_DEV)) || existsSync(join(ctx.dataDir, CONLL_DEV))),
  async run(ctx): Promise<readonly Metric[]> {
    const model = loadShippedModel();
    const metrics: Metric[] = [];
    if (existsSync(join(ctx.dataDir, ONTONOTES_DEV))) {
      const started = Date.now();
      const score = scoreOntonotes(loadOntonotesDev(ctx.dataDir), model);
      ctx.log(`ner: OntoNotes dev, ${score.tokens} tokens in ${((Date.now() - started) / 1000).toFixed(1)} s, F1 ${f1Of(score.micro).f1.toFixed(4)}`);
      metrics.push(...metricsOf('ner.ontonotes', score, ONTONOTES_NAMES, 'anchor: spaCy en_core_web_sm 84.6 (all 18 types)'));
    }
    if (existsSync(join(ctx.dataDir, CONLL_DEV))) {
      const score = scoreConll(loadConllDev(ctx.dataDir), model);
      ctx.log(`ner: CoNLL-2003 dev, ${score.tokens} tokens, F1 ${f1Of(score.micro).f1.toFixed(4)} (MISC not scored)`);
      metrics.push(...metricsOf('ner.conll', score, { PER: 'per', ORG: 'org', LOC: 'loc' }, 'MISC dropped on both sides; anchor: Ratinov & Roth 90.8 on test (all 4 types)'));
    }
    return metrics;
  },
};
