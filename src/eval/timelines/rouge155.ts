/**
 * ROUGE-1.5.5 n-gram counting as tilse runs it (`Rouge155(average="raw", stem=True, ignore_stopwords=True)`,
 * i.e. `ROUGE-1.5.5.pl -a -n 2 -x -f A -d -m -s -t 2`, SEE input), reproduced step by step from the Perl
 * (`readText`, `createNGram`, `MorphStem`, `ngramScore`) so that hit / peer / model counts equal the script's.
 * Checked against the Perl script on the test fixtures (see test/eval-timelines).
 */
import { porterStem } from './porter.ts';
import { SMART_STOPWORDS } from './smart-stopwords.ts';
import { WORDNET_EXCEPTIONS } from './wordnet-exceptions.ts';

/** What ROUGE keeps of one summary's sentence after pyrouge wrote it as a SEE line and the Perl regex read it back. */
function seeSentence(sentence: string): string | null {
  // pyrouge: tokens = sentence.split(), '^' → '&circ;', joined by one space.
  const joined = sentence.split(/\s+/).filter((t) => t.length > 0).map((t) => t.replaceAll('^', '&circ;')).join(' ');
  // Perl: `id=[0-9]+>([^<]+)` — the text up to the first '<'; a line whose text is empty or starts with '<' is not read.
  const cut = joined.split('<')[0] as string;
  return cut.length === 0 ? null : cut.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

function morphStem(token: string): string {
  return WORDNET_EXCEPTIONS.get(token) ?? porterStem(token);
}

/** The token list ROUGE forms n-grams over, for a summary given as sentences. */
export function rougeTokens(sentences: readonly string[]): string[] {
  const kept = sentences.map(seeSentence).filter((s): s is string => s !== null);
  const text = kept
    .join(' ')
    .replaceAll('-', ' - ')
    .replace(/[^A-Za-z0-9-]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  if (text.length === 0) return [];
  const out: string[] = [];
  for (const token of text.split(' ')) {
    if (SMART_STOPWORDS.has(token)) continue;
    if (!/^[a-z0-9$]/.test(token)) continue;
    out.push(token.length > 3 ? morphStem(token) : token);
  }
  return out;
}

export interface NgramCounts {
  readonly grams: ReadonlyMap<string, number>;
  readonly total: number;
}

export function ngramCounts(tokens: readonly string[], n: number): NgramCounts {
  const grams = new Map<string, number>();
  let total = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
    total++;
  }
  return { grams, total };
}

/** ROUGE's raw counts for one peer against one model: hit (clipped matches), peer n-grams, model n-grams. */
export interface RougeCounts {
  readonly hit: number;
  readonly peer: number;
  readonly model: number;
}

export function rougeCounts(peer: NgramCounts, model: NgramCounts): RougeCounts {
  let hit = 0;
  for (const [gram, m] of model.grams) {
    const p = peer.grams.get(gram);
    if (p !== undefined) hit += Math.min(p, m);
  }
  return { hit, peer: peer.total, model: model.total };
}

/** Tokens and n-gram counts of one summary, computed once and reused across alignments. */
export interface PreparedSummary {
  readonly sentences: readonly string[];
  /** Index n − 1: unigram counts, bigram counts. */
  readonly ngrams: readonly NgramCounts[];
}

export function prepareSummary(sentences: readonly string[], maxN = 2): PreparedSummary {
  const tokens = rougeTokens(sentences);
  const ngrams: NgramCounts[] = [];
  for (let n = 1; n <= maxN; n++) ngrams.push(ngramCounts(tokens, n));
  return { sentences, ngrams };
}
