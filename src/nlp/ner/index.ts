/**
 * The statistical name tagger: an averaged perceptron over BIO tags of PERSON, NORP, FACILITY, ORG,
 * GPE, LOC, decoded greedily left to right (see features.ts for the templates, train.ts for the
 * learning, model.ts for the weights file). The weights are parsed by the caller from
 * `models/ner/ner-v<N>.bin.gz`; this stage reads no files.
 */
import type { EntityType, NameSpan, Sentence, Token } from '../../model/index.ts';
import { gazetteerLabels, sentenceLabels } from '../gazetteer/index.ts';
import type { DocumentGazetteer } from '../gazetteer/index.ts';
import { decodeDocument, decodeDocumentChunks } from './decode.ts';
import type { NerModel } from './model.ts';
import { NER_TYPES } from './tags.ts';

const OUR_TYPES: ReadonlySet<string> = new Set(NER_TYPES);

export type { NerModel } from './model.ts';
export { parseNerModel, serializeNerModel } from './model.ts';
export { NER_TAGS, NER_TYPES, OTHER_NAME, tagsToSpans, iob1ToBio } from './tags.ts';
export type { NerType, TagSpan } from './tags.ts';
export { trainNerModel } from './train.ts';
export { documentLabels, withDocumentLabels } from './document-labels.ts';
export { lowercaseNameEdges, NAME_EDGES_META } from './name-edges.ts';
export type { TrainingDocument, TrainingSentence, TrainOptions } from './train.ts';

/** The tokens of each sentence (tokens outside every sentence are not tagged), with the index of each group's first token. */
function tokensBySentence(tokens: readonly Token[], sentences: readonly Sentence[]): { groups: Token[][]; firsts: number[] } {
  const groups: Token[][] = [];
  const firsts: number[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && (tokens[k] as Token).start < s.start) k++;
    const first = k;
    const group: Token[] = [];
    while (k < tokens.length && (tokens[k] as Token).end <= s.end) group.push(tokens[k++] as Token);
    if (group.length > 0) {
      groups.push(group);
      firsts.push(first);
    }
  }
  return { groups, firsts };
}

/** BIO tags for each sentence's words, one document in reading order (for evaluation on pre-tokenised data). */
export function tagSentences(words: readonly (readonly string[])[], model: NerModel): string[][] {
  return decodeDocument(model, words, gazetteerLabels);
}

/**
 * Name spans of one document: from the first token's start to the last token's end, typed. With the
 * document's gazetteer (matched once over `tokens` by annotate), each sentence's labels are read off it
 * instead of matching the sentence again; a sentence a match crosses is matched on its own, as before.
 */
export function tagNames(text: string, tokens: readonly Token[], sentences: readonly Sentence[], model: NerModel, gazetteer?: DocumentGazetteer): NameSpan[] {
  const { groups, firsts } = tokensBySentence(tokens, sentences);
  const words = groups.map((g) => g.map((t) => t.text));
  // a sentence that a match crosses has no labels of its own in the shared result: it is matched alone
  const chunks = decodeDocumentChunks(model, words, gazetteer ? (w, s) => sentenceLabels(gazetteer, firsts[s] as number, (firsts[s] as number) + w.length) ?? gazetteerLabels(w) : gazetteerLabels);
  const names: NameSpan[] = [];
  groups.forEach((group, g) => {
    for (const span of chunks[g] ?? []) {
      if (!OUR_TYPES.has(span.type)) continue; // the auxiliary MISC class
      const start = (group[span.first] as Token).start;
      const end = (group[span.last] as Token).end;
      names.push({ start, end, type: span.type as EntityType, text: text.slice(start, end) });
    }
  });
  return names;
}
