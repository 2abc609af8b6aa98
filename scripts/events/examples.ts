/**
 * Training sentences with labels, from the sources the model card lists. Every source is read
 * so that nothing of the PLV hold-out fifth (or, when tuning, of the tuning fold) reaches training,
 * and codebook examples that the PLOVER gold records were edited from stay out too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CodebookRecord, GsrRecord, MultiCopedRecord, PetrarchRecord, PlvPair } from '../../src/eval/events/data.ts';
import { normaliseSentence, plvFold, readJsonl, toPlvCategory } from '../../src/eval/events/data.ts';
import { splitSentences, tokenize } from '../../src/text/index.ts';

export interface LabelledSentence {
  readonly text: string;
  /** PLV granularity (`YIELD`) or `NONE`. */
  readonly label: string;
  /** For penta-only sentences: the PLOVER categories the penta class allows (label is then `PENTA`). */
  readonly allowed?: readonly string[];
  readonly source: 'plv' | 'codebook' | 'multicoped' | 'penta' | 'petrarch' | 'news' | 'newscue';
}

const wordSet = (text: string): Set<string> => new Set(normaliseSentence(text).split(' '));

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** PentaClass → PLOVER categories (via the CAMEO roots of each penta class and the crosswalk root defaults). */
const PLOVER_OF_PENTA: Readonly<Record<number, readonly string[]>> = {
  1: ['AGREE', 'CONSULT', 'SUPPORT'],
  2: ['COOPERATE', 'AID', 'YIELD'],
  3: ['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SANCTION'],
  4: ['PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT'],
};

export interface ExampleOptions {
  readonly usePenta: boolean;
  readonly dataDir: string;
  /** PLV folds (0–4 by `plvFold`) that must not be used: always the hold-out fold, plus the tuning fold when tuning. */
  readonly excludedFolds: ReadonlySet<number>;
  /** Sentences of news text used as `NONE` examples when they contain no cue of an event root. */
  readonly newsSentences: number;
  /** Decides whether a news sentence has an event cue (root 03–20). */
  readonly hasEventCue: (text: string) => boolean;
}

export function readTrainingSentences(options: ExampleOptions): LabelledSentence[] {
  const dir = join(options.dataDir, 'events');
  const out: LabelledSentence[] = [];
  const plv = readJsonl<PlvPair>(join(dir, 'plv.train.jsonl'));
  const excludedTexts = new Set(plv.filter((p) => options.excludedFolds.has(plvFold(p.sentence_id))).map((p) => normaliseSentence(p.sentence)));
  const seen = new Set<string>();
  for (const pair of plv) {
    const key = `${normaliseSentence(pair.sentence)}\t${pair.plover}`;
    if (excludedTexts.has(normaliseSentence(pair.sentence)) || seen.has(key)) continue;
    seen.add(key);
    out.push({ text: pair.sentence, label: toPlvCategory(pair.plover), source: 'plv' });
  }

  const gsrWords = readJsonl<GsrRecord>(join(dir, 'plover_gsr.dev.jsonl')).map((r) => wordSet(r.sentence));
  for (const code of readJsonl<CodebookRecord>(join(dir, 'cameo_codebook.jsonl'))) {
    if (code.example === null) continue;
    const words = wordSet(code.example);
    if (gsrWords.some((gsr) => jaccard(words, gsr) >= 0.4)) continue; // a GSR record was edited from it
    const label = code.root === '01' || code.root === '02' ? 'NONE' : toPlvCategory(code.plover?.split('|')[0] ?? 'NONE');
    out.push({ text: code.example, label, source: 'codebook' });
  }

  // Multi-CoPED penta 0 = make statement / appeal (CAMEO 01, 02): no PLOVER event; penta 1–4 name a
  // group of PLOVER categories (a partial label). Sentences also in PLV carry its labels already.
  const plvTexts = new Set(plv.map((p) => normaliseSentence(p.sentence)));
  for (const record of readJsonl<MultiCopedRecord>(join(dir, 'multicoped_en.train.jsonl'))) {
    const key = normaliseSentence(record.sentence);
    if (record.penta === null || excludedTexts.has(key)) continue;
    if (record.penta === 0) out.push({ text: record.sentence, label: 'NONE', source: 'multicoped' });
    else if (options.usePenta && !plvTexts.has(key)) out.push({ text: record.sentence, label: 'PENTA', allowed: PLOVER_OF_PENTA[record.penta], source: 'penta' });
  }

  for (const record of readJsonl<PetrarchRecord>(join(dir, 'petrarch2_unittest.jsonl'))) {
    if (record.expect_error) continue;
    const first = record.events.find((e) => e.cameo_valid);
    if (record.expect_no_events) out.push({ text: record.sentence, label: 'NONE', source: 'petrarch' });
    else if (first !== undefined) out.push({ text: record.sentence, label: first.plover === null ? 'NONE' : toPlvCategory(first.plover), source: 'petrarch' });
  }

  // news sentences without an event cue are surely no event; the others mostly are none either
  // (a sentence in a news article reports a happening far less often than not): a weak NONE prior
  for (const text of newsSentences(options.dataDir, ['t17', 'reuters21578-wire'], options.newsSentences)) {
    out.push({ text, label: 'NONE', source: options.hasEventCue(text) ? 'newscue' : 'news' });
  }
  return out;
}

/** Sentences of 8–50 tokens, taken evenly through the t17 and Reuters news samples. */
export function newsSentences(dataDir: string, files: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (const file of files) {
    const lines = gunzipSync(readFileSync(join(dataDir, 'news-sample', `${file}.jsonl.gz`))).toString('utf8').split('\n').filter((l) => l.length > 0);
    const perFile = Math.ceil(count / files.length);
    const step = Math.max(1, Math.floor(lines.length / perFile));
    for (let i = 0, taken = 0; i < lines.length && taken < perFile; i += step) {
      const text = (JSON.parse(lines[i]!) as { text: string }).text;
      const tokens = tokenize(text);
      const sentences = splitSentences(text, tokens);
      // one sentence per article, from its middle: leads are often headlines or datelines
      const sentence = sentences[Math.floor(sentences.length / 2)];
      if (sentence === undefined) continue;
      const inside = tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end).length;
      if (inside < 8 || inside > 50) continue;
      out.push(text.slice(sentence.start, sentence.end));
      taken++;
    }
  }
  return out;
}
