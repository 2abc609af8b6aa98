/**
 * Trains the cue classifier (an averaged perceptron over cue-features.ts) on PolNeAR **train** and
 * writes src/nlp/quotes/cue-weights.ts. Candidates are the tokens outside quotations whose word is in
 * the learned lexicon; a candidate is positive when it lies inside a gold cue. Dev is not read.
 * Run: node --import tsx src/eval/quotes/train-cue-model.ts
 */
import { writeFileSync } from 'node:fs';
import { cueCandidates } from '../../nlp/quotes/index.ts';
import { splitSentences, tokenize } from '../../text/index.ts';
import { loadPolnear } from './polnear.ts';

const EPOCHS = 3;
const PRUNE = 0.05;

interface Example { readonly features: string[]; readonly gold: 1 | -1 }

function examples(dataDir: string): Example[] {
  const out: Example[] = [];
  // HOLDOUT=1 keeps every fifth train article out, for development without touching dev
  const holdout = process.env['HOLDOUT'] === '1';
  for (const [index, a] of loadPolnear(dataDir, 'train').entries()) {
    if (holdout && index % 5 === 0) continue;
    const tokens = tokenize(a.text);
    const inCue = new Uint8Array(a.text.length);
    for (const g of a.gold) for (const f of g.cue) inCue.fill(1, f.start, f.end);
    for (const c of cueCandidates(a.text, tokens, splitSentences(a.text, tokens))) {
      out.push({ features: c.features, gold: inCue[tokens[c.token]!.start] ? 1 : -1 });
    }
  }
  return out;
}

function train(data: readonly Example[]): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>(); // running sum for averaging
  const stamp = new Map<string, number>();
  let step = 0;
  const bump = (f: string, by: number): void => {
    const last = stamp.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + (step - last) * (w.get(f) ?? 0));
    stamp.set(f, step);
    w.set(f, (w.get(f) ?? 0) + by);
  };
  let seed = 7;
  const order = data.map((_, k) => k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; const r = seed % (k + 1); [order[k], order[r]] = [order[r]!, order[k]!]; }
    let errors = 0;
    for (const idx of order) {
      const ex = data[idx] as Example;
      step++;
      let score = 0;
      for (const f of ex.features) score += w.get(f) ?? 0;
      if ((score > 0 ? 1 : -1) !== ex.gold) { errors++; for (const f of ex.features) bump(f, ex.gold); }
    }
    console.error(`epoch ${epoch}: ${errors}/${data.length} errors`);
  }
  const averaged = new Map<string, number>();
  for (const [f, value] of w) {
    const sum = (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * value;
    const avg = sum / step;
    if (Math.abs(avg) >= PRUNE) averaged.set(f, Math.round(avg * 100) / 100);
  }
  return averaged;
}

const data = examples(process.argv[2] ?? '/work/shared/data');
console.error(`${data.length} candidates, ${data.filter((e) => e.gold === 1).length} positive`);
const weights = train(data);
const entries = [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([f, v]) => `[${JSON.stringify(f)},${v}]`);
writeFileSync('src/nlp/quotes/cue-weights.ts', `/**
 * Weights of the cue classifier (averaged perceptron, features in cue-features.ts), learned from
 * PolNeAR **train** by src/eval/quotes/train-cue-model.ts (${EPOCHS} epochs, |w| ≥ ${PRUNE}). PolNeAR is
 * research-only: these are learned numbers, no text and no annotation. Regenerate, do not edit.
 */
export const CUE_WEIGHTS: ReadonlyMap<string, number> = new Map<string, number>([
${entries.join(',\n')}
]);
`);
console.error(`${weights.size} weights written`);
