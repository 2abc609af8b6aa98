/**
 * The cue classifier's weights compiled for scoring: instead of building ~18 feature strings per
 * candidate and hashing each into a 17k-entry Map (cueModelScore), the weights are split once into
 * small tables per feature template, and everything that depends on the word alone (its own, `lex`,
 * `suf` and `w|…` weights) is looked up once per distinct word and kept. The sum adds the same weights
 * in the same order as cueModelScore, so scores are identical to the last bit.
 */
import { cueContext, lexBucket, suffixOf } from './cue-features.ts';
import type { Layout } from './layout.ts';

type Table = Map<string, number>;

/** Templates whose value is `word|part` (the word may itself contain `|`; the part never does). */
const WORD_PAIRS = ['w|nc', 'w|pc', 'w|subj', 'w|n1', 'w|pos'] as const;
type WordPair = (typeof WORD_PAIRS)[number];

/** Weights that depend on the word alone, found once per word. */
interface WordWeights {
  readonly w: number;
  readonly lex: number;
  readonly suf: number;
  readonly sufNc: Table | undefined;
  readonly pairs: Readonly<Record<WordPair, Table | undefined>>;
}

export type CueScorer = (layout: Layout, i: number) => number;

/** Word memo bound: scoring only asks about lexicon words, so this is never reached in practice. */
const WORD_MEMO_LIMIT = 100_000;

export function compileCueModel(weights: ReadonlyMap<string, number>): CueScorer {
  const single = new Map<string, Table>();
  const pairs = new Map<string, Map<string, Table>>();
  const tableOf = (template: string): Table => {
    let t = single.get(template);
    if (!t) single.set(template, (t = new Map()));
    return t;
  };
  const pairOf = (template: string, first: string): Table => {
    let byFirst = pairs.get(template);
    if (!byFirst) pairs.set(template, (byFirst = new Map()));
    let t = byFirst.get(first);
    if (!t) byFirst.set(first, (t = new Map()));
    return t;
  };
  let bias = 0;
  for (const [feature, weight] of weights) {
    const eq = feature.indexOf('=');
    if (eq < 0) {
      if (feature === 'b') bias = weight;
      continue;
    }
    const template = feature.slice(0, eq);
    const value = feature.slice(eq + 1);
    const bar = value.lastIndexOf('|');
    if (template === 'nc2' || template === 'suf|nc' || template === 'cap' || (WORD_PAIRS as readonly string[]).includes(template)) {
      if (bar >= 0) pairOf(template, value.slice(0, bar)).set(value.slice(bar + 1), weight);
    } else tableOf(template).set(value, weight);
  }
  const get = (template: string, value: string): number => single.get(template)?.get(value) ?? 0;
  const pairTable = (template: string, first: string): Table | undefined => pairs.get(template)?.get(first);
  const p1 = single.get('p1');
  const n1 = single.get('n1');
  const pc = single.get('pc');
  const nc = single.get('nc');
  const subj = single.get('subj');
  const pos = single.get('pos');
  const nc2 = pairs.get('nc2');
  const cap0 = pairTable('cap', '0');
  const cap1 = pairTable('cap', '1');

  const memo = new Map<string, WordWeights>();
  const wordWeights = (w: string): WordWeights => {
    let found = memo.get(w);
    if (found) return found;
    const suffix = suffixOf(w);
    found = {
      w: get('w', w),
      lex: get('lex', String(lexBucket(w))),
      suf: get('suf', suffix),
      sufNc: pairTable('suf|nc', suffix),
      pairs: {
        'w|nc': pairTable('w|nc', w),
        'w|pc': pairTable('w|pc', w),
        'w|subj': pairTable('w|subj', w),
        'w|n1': pairTable('w|n1', w),
        'w|pos': pairTable('w|pos', w),
      },
    };
    if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
    memo.set(w, found);
    return found;
  };

  return (layout, i) => {
    const c = cueContext(layout, i);
    const ww = wordWeights(c.w);
    // Same terms, same order as visitCueFeatures: floating-point sums depend on the order.
    let sum = 0;
    sum += bias;
    sum += ww.w;
    sum += ww.lex;
    sum += p1?.get(c.p1) ?? 0;
    sum += n1?.get(c.next) ?? 0;
    sum += pc?.get(c.pc) ?? 0;
    sum += nc?.get(c.nc) ?? 0;
    sum += nc2?.get(c.nc)?.get(c.n2c) ?? 0;
    sum += subj?.get(c.subj) ?? 0;
    sum += ww.pairs['w|nc']?.get(c.nc) ?? 0;
    sum += ww.pairs['w|pc']?.get(c.pc) ?? 0;
    sum += ww.pairs['w|subj']?.get(c.subj) ?? 0;
    sum += ww.pairs['w|n1']?.get(c.next) ?? 0;
    sum += pos?.get(c.pos) ?? 0;
    sum += ww.pairs['w|pos']?.get(c.pos) ?? 0;
    sum += ww.suf;
    sum += ww.sufNc?.get(c.nc) ?? 0;
    sum += (c.cap ? cap1 : cap0)?.get(c.pos) ?? 0;
    return sum;
  };
}
