/**
 * Writes src/nlp/quotes/cue-lexicon.ts from PolNeAR **train** (dev is not read): for each word, the share
 * of its occurrences that head a gold cue — the first word of the cue that is not an auxiliary or an
 * adverb (`has also said` → `said`). Kept: words heading ≥ 3 cues with share ≥ 0.08 (the candidates of
 * the cue classifier; cues.ts decides with train-cue-model.ts's weights).
 * Run: node --import tsx src/eval/quotes/build-cue-lexicon.ts [dataDir]
 */
import { writeFileSync } from 'node:fs';
import { tokenize } from '../../text/index.ts';
import { loadPolnear } from './polnear.ts';

const MIN_HEADS = 3;
const MIN_SHARE = 0.08;
/** Words before a cue head that are not the head. */
const NOT_HEADS = new Set([
  'has', 'have', 'had', 'also', 'was', 'were', 'is', 'are', 'be', 'been', 'not', 'n’t', "n't", 'did', 'does', 'do', 'would',
  'will', 'could', 'may', 'might', 'to', 'the', 'a', 'an', 'publicly', 'repeatedly', 'previously', 'reportedly', 'later',
  'recently', 'once', 'then', 'now', 'still', 'just', 'even', 'again', 'already', 'often', 'never', 'first', 'long', 'widely',
  'quickly', 'strongly', 'increasingly', 'being', 'can', 'should', 'initially', 'formally', 'openly', 'officially',
  'consistently', 'quick', 'explicitly', 'forcefully', 'enthusiastically', 'originally', 'eager', 'reluctant', 'wary',
]);

const total = new Map<string, number>();
const heads = new Map<string, number>();
for (const article of loadPolnear(process.argv[2] ?? '/work/shared/data', 'train')) {
  const cueOf = new Int32Array(article.text.length).fill(-1);
  article.gold.forEach((g, k) => { for (const f of g.cue) cueOf.fill(k, f.start, f.end); });
  const counted = new Set<number>();
  for (const token of tokenize(article.text)) {
    const word = token.text.toLowerCase();
    total.set(word, (total.get(word) ?? 0) + 1);
    const cue = cueOf[token.start] ?? -1;
    if (cue >= 0 && !counted.has(cue) && !NOT_HEADS.has(word) && /\p{L}/u.test(word)) {
      counted.add(cue);
      heads.set(word, (heads.get(word) ?? 0) + 1);
    }
  }
}
const rows = [...heads]
  .map(([word, count]) => [word, count, total.get(word) ?? count] as const)
  .filter(([, count, all]) => count >= MIN_HEADS && count / all >= MIN_SHARE)
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeFileSync('src/nlp/quotes/cue-lexicon.ts', `/**
 * Learned cue lexicon: for each word, the share of its occurrences in PolNeAR **train** that head an
 * annotated attribution cue (words seen heading ≥ ${MIN_HEADS} cues, share ≥ ${MIN_SHARE}). Generated from train only
 * (src/eval/quotes/build-cue-lexicon.ts); PolNeAR is research-only, so only these word statistics are kept —
 * no text, no annotation. Auxiliaries and adverbs that precede a cue head are not counted.
 */
export const CUE_LEXICON: ReadonlyMap<string, number> = new Map<string, number>([
${rows.map(([word, count, all]) => `  [${JSON.stringify(word)}, ${(count / all).toFixed(2)}],`).join('\n')}
]);
`);
console.error(`${rows.length} words written`);
