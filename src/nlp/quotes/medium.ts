/** The medium of a statement when the text states it near the cue (data, matched on lower-case words). */
import type { QuoteMedium } from '../../model/index.ts';

export const TV_OUTLETS: ReadonlySet<string> = new Set([
  'cnn', 'fox', 'msnbc', 'nbc', 'abc', 'cbs', 'bbc', 'pbs', 'cnbc', 'c-span', 'sky', 'jazeera', 'rt', 'itv', 'france24', 'press tv',
]);

/** Checked in order; the first rule whose words occur in the window around the cue wins. */
export const MEDIUM_RULES: readonly { readonly medium: QuoteMedium; readonly words: readonly string[] }[] = [
  { medium: 'twitter', words: ['tweeted', 'tweet', 'tweets', 'twitter', 'retweeted', 'tweeting'] },
  { medium: 'press_conference', words: ['press conference', 'news conference', 'briefing', 'press briefing', 'news briefing'] },
  { medium: 'statement', words: ['statement', 'communique', 'communiqué', 'press release'] },
  { medium: 'letter', words: ['letter'] },
  { medium: 'interview', words: ['interview'] },
  { medium: 'tv', words: ['meet the press', 'face the nation', 'television', 'televised', 'tv'] },
];

/** Medium from the lower-cased words of the window around a cue; `told CNN` / `on Fox News` give tv. */
export function detectMedium(words: readonly string[]): QuoteMedium | undefined {
  let best = MEDIUM_RULES.length;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const starts = RULES_BY_FIRST_WORD.get(w);
    if (starts) {
      for (const [rank, phrase] of starts) {
        if (rank < best && phrase.every((p, k) => words[i + k] === p)) best = rank;
      }
    }
  }
  if (best < MEDIUM_RULES.length) return MEDIUM_RULES[best]?.medium;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if ((w === 'told' || w === 'on' || w === 'telling' || w === 'tells' || w === 'tell') && TV_OUTLETS.has(words[i + 1] ?? '')) return 'tv';
  }
  return undefined;
}

/** Rule phrases indexed by their first word: word → [rule rank, phrase words]. */
const RULES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly [number, readonly string[]])[]> = (() => {
  const index = new Map<string, [number, string[]][]>();
  MEDIUM_RULES.forEach((rule, rank) => {
    for (const phrase of rule.words) {
      const parts = phrase.split(' ');
      const first = parts[0] ?? '';
      const list = index.get(first) ?? [];
      list.push([rank, parts]);
      index.set(first, list);
    }
  });
  return index;
})();
