/**
 * Scoring a name-tagger model on the dev splits of ../shared/data/ner (shared by the eval suite and
 * the training script, which uses dev only to choose the epoch):
 *  - OntoNotes 5 dev: our six types (FAC spelled FACILITY), the other OntoNotes types count as O;
 *  - CoNLL-2003 eng.testa (IOB1): our output mapped to CoNLL types; MISC dropped on both sides
 *    (see labels.ts), so the micro F1 is over PER, ORG and LOC.
 * Sentences are tagged one document at a time, in order, through the same decoder as `tagNames`.
 */
import { join } from 'node:path';
import { tagSentences, type NerModel } from '../../nlp/ner/index.ts';
import { CONLL_SCORED, ontonotesTag, OURS_TO_CONLL, scoredOntonotesType } from './labels.ts';
import { readConll, type ConllDocument } from './read-conll.ts';
import { scoreSpans, type SpanScore } from './score.ts';

export const ONTONOTES_DEV = 'ner/restricted/ontonotes5/ontonotes5.dev.conll.gz';
export const CONLL_DEV = 'ner/restricted/conll2003/eng.testa.gz';

function tagAll(docs: readonly ConllDocument[], model: NerModel): { gold: string[][]; predicted: string[][]; tokens: number } {
  const gold: string[][] = [];
  const predicted: string[][] = [];
  let tokens = 0;
  for (const doc of docs) {
    const tags = tagSentences(doc.map((s) => s.words), model);
    doc.forEach((s, i) => {
      gold.push(s.tags);
      predicted.push(tags[i] ?? []);
      tokens += s.words.length;
    });
  }
  return { gold, predicted, tokens };
}

export function loadOntonotesDev(dataDir: string): ConllDocument[] {
  return readConll(join(dataDir, ONTONOTES_DEV)).map((doc) => doc.map((s) => ({ words: s.words, tags: s.tags.map(ontonotesTag) })));
}

export function loadConllDev(dataDir: string): ConllDocument[] {
  return readConll(join(dataDir, CONLL_DEV));
}

export function scoreOntonotes(docs: readonly ConllDocument[], model: NerModel): SpanScore & { tokens: number } {
  const { gold, predicted, tokens } = tagAll(docs, model);
  return { ...scoreSpans(gold, predicted, scoredOntonotesType, scoredOntonotesType), tokens };
}

export function scoreConll(docs: readonly ConllDocument[], model: NerModel): SpanScore & { tokens: number } {
  const { gold, predicted, tokens } = tagAll(docs, model);
  const goldType = (t: string): string | null => (CONLL_SCORED.has(t) ? t : null);
  const ourType = (t: string): string | null => {
    const c = OURS_TO_CONLL[t];
    return c !== undefined && CONLL_SCORED.has(c) ? c : null;
  };
  return { ...scoreSpans(gold, predicted, goldType, ourType), tokens };
}
