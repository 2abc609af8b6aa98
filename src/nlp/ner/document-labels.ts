/**
 * Document-level evidence for capitalised words (in the spirit of Ratinov & Roth 2009's non-local
 * features), handed to the tagger through the same per-token label channel as the gazetteer:
 *  - `doc:lower`: the word's lower-case form also occurs in lower case somewhere in the document
 *    ("Mark" at a sentence start when "mark" occurs later): evidence of a common word;
 *  - `doc:inner`: the same capitalised form also occurs inside some sentence (not first), where
 *    capitals are not explained by position: evidence of a name for a sentence-initial occurrence.
 *  - `head:fac`, `head:loc`, `head:gpe`, `head:org`: the kind of name the head word of the token's
 *    capitalised run announces (`name-heads.ts`; a sentence-level label, carried in the same channel).
 * Cheap: one pass to collect the forms, one to label.
 */
import type { GazetteerLabels } from './features.ts';
import { nameHeadLabels } from './name-heads.ts';

function isLowerInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}

function isUpperInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length > 1 && ((c >= 65 && c <= 90) || (c > 127 && word[0]!.toLowerCase() !== word[0]));
}

const NONE: readonly string[] = [];

/** A cheap pre-test for a word form: its length and first code unit (most words of a document fail it). */
const signature = (w: string): number => ((w.length & 63) << 7) | (w.charCodeAt(0) & 127);

/** Per sentence, per token: the document labels (mostly empty). */
export function documentLabels(sentences: readonly (readonly string[])[]): string[][][] {
  // The capitalised forms first, then only the lower-case words that could be one of them are hashed:
  // a set of every lower-case word of the document cost a hash per token.
  const capitalisedLower = new Set<string>();
  const inner = new Set<string>();
  const maybe = new Uint8Array(64 << 7);
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!isUpperInitial(w)) continue;
      const lower = w.toLowerCase();
      if (!capitalisedLower.has(lower)) {
        capitalisedLower.add(lower);
        maybe[signature(lower)] = 1;
      }
      if (i > 0) inner.add(w);
    }
  }
  const lower = new Set<string>();
  for (const words of sentences) {
    for (const w of words) if (isLowerInitial(w) && maybe[signature(w)] === 1 && capitalisedLower.has(w)) lower.add(w);
  }
  return sentences.map((words) => {
    const heads = nameHeadLabels(words);
    return words.map((w, i) => {
      if (!isUpperInitial(w)) return heads[i]!.length > 0 ? [...heads[i]!] : (NONE as string[]); // `of` inside a run
      const out: string[] = [];
      if (lower.has(w.toLowerCase())) out.push('doc:lower');
      if (inner.has(w)) out.push('doc:inner');
      for (const h of heads[i]!) out.push(h);
      return out;
    });
  });
}

/** The gazetteer labels of a sentence with its document labels added (arrays copied only where needed). */
export function withDocumentLabels(gazetteer: GazetteerLabels, document: readonly (readonly string[])[] | undefined): GazetteerLabels {
  if (!gazetteer || !document) return gazetteer;
  return gazetteer.map((g, i) => {
    const d = document[i];
    return d && d.length > 0 ? [...g, ...d] : g;
  });
}
