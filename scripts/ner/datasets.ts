/**
 * Training documents for the name tagger from ../shared/data/ner, every set's labels mapped onto our
 * six types (PERSON, NORP, FACILITY, ORG, GPE, LOC). Where a set merges types we cannot split, the
 * tokens get a `null` gold tag: the perceptron predicts there but learns nothing from them (better
 * than teaching `O` for a real name).
 */
import { join } from 'node:path';
import { readConll, type ConllDocument } from '../../src/eval/ner/read-conll.ts';
import { ontonotesTrainingTag } from '../../src/eval/ner/labels.ts';
import { lookupDemonym, lookupPlace } from '../../src/nlp/gazetteer/index.ts';
import { iob1ToBio, tagsToSpans, type TrainingDocument, type TrainingSentence } from '../../src/nlp/ner/index.ts';

/** What a source chunk becomes: one of our types, `O` (not a name of ours), or null (unknown: no update). */
type ChunkMapper = (type: string, words: readonly string[]) => string | null;

/** A place name the gazetteer knows as a country, capital, city or state → GPE; other known regions → LOC; unknown → `fallback`. */
function placeType(words: readonly string[], fallback: string | null): string | null {
  const place = lookupPlace(words.join(' '));
  if (!place) return fallback;
  if (place.kind === 'region') return place.gpe ? 'GPE' : 'LOC';
  return 'GPE';
}

function demonymOr(words: readonly string[], fallback: string | null): string | null {
  if (words.length === 1 && lookupDemonym(words[0]!)) return 'NORP';
  return fallback;
}

function mapDocuments(docs: readonly ConllDocument[], mapper: ChunkMapper, iob1: boolean): TrainingDocument[] {
  return docs.map((doc) =>
    doc.map((s): TrainingSentence => {
      const bio = iob1 ? iob1ToBio(s.tags) : s.tags;
      const tags: (string | null)[] = s.words.map(() => 'O');
      for (const span of tagsToSpans(bio)) {
        const words = s.words.slice(span.first, span.last + 1);
        const type = mapper(span.type, words);
        for (let i = span.first; i <= span.last; i++) tags[i] = type === null ? null : type === 'O' ? 'O' : `${i === span.first ? 'B' : 'I'}-${type}`;
      }
      return { words: s.words, tags };
    }),
  );
}

export function ontonotesTrain(dataDir: string): TrainingDocument[] {
  return readConll(join(dataDir, 'ner/restricted/ontonotes5/ontonotes5.train.conll.gz')).map((doc) =>
    doc.map((s) => ({ words: s.words, tags: s.tags.map(ontonotesTrainingTag) })),
  );
}

/** CoNLL-2003 eng.train: PER→PERSON, ORG→ORG, LOC→GPE when the gazetteer knows the place else LOC, MISC→NORP when a demonym else unknown. */
export function conllTrain(dataDir: string): TrainingDocument[] {
  const mapper: ChunkMapper = (type, words) => {
    if (type === 'PER') return 'PERSON';
    if (type === 'ORG') return 'ORG';
    if (type === 'LOC') return placeType(words, 'LOC');
    return demonymOr(words, null);
  };
  return mapDocuments(readConll(join(dataDir, 'ner/restricted/conll2003/eng.train.gz')), mapper, true);
}

/** The freely licensed sets (`--free`): WikiANN, WikiGold, WNUT-17, re3d, CrossNER politics (train splits only). */
export function freeTrain(dataDir: string): TrainingDocument[] {
  // Sets without -DOCSTART- come back as one huge document; treat each sentence as its own then,
  // so the document-memory feature does not reach across unrelated sentences.
  const free = (name: string): ConllDocument[] => {
    const docs = readConll(join(dataDir, 'ner/free', name));
    return docs.length === 1 ? docs.flatMap((d) => d.map((s) => [s])) : docs;
  };
  const conllTypes: ChunkMapper = (type, words) => {
    if (type === 'PER') return 'PERSON';
    if (type === 'ORG') return 'ORG';
    if (type === 'LOC') return placeType(words, null);
    return demonymOr(words, null);
  };
  const wnut: ChunkMapper = (type, words) => {
    if (type === 'person') return 'PERSON';
    if (type === 'corporation') return 'ORG';
    if (type === 'location') return placeType(words, null);
    if (type === 'group') return demonymOr(words, null);
    return 'O';
  };
  const re3d: ChunkMapper = (type, words) => {
    if (type === 'Person') return 'PERSON';
    if (type === 'Organisation') return 'ORG';
    if (type === 'Nationality') return 'NORP';
    if (type === 'Location') return placeType(words, null);
    return type === 'Weapon' || type === 'MilitaryPlatform' ? null : 'O';
  };
  const crossner: ChunkMapper = (type, words) => {
    if (type === 'politician' || type === 'person') return 'PERSON';
    if (type === 'organisation' || type === 'politicalparty') return 'ORG';
    if (type === 'country') return 'GPE';
    if (type === 'location') return placeType(words, null);
    if (type === 'misc') return demonymOr(words, null);
    return 'O';
  };
  return [
    ...mapDocuments(free('wikiann-en.train.conll.gz'), conllTypes, false),
    ...mapDocuments(free('wikigold.conll.gz'), conllTypes, true),
    ...mapDocuments(free('wnut17.train.conll.gz'), wnut, false),
    ...mapDocuments(free('re3d-nobbc.train.conll.gz'), re3d, false),
    ...mapDocuments(free('crossner-politics.train.conll.gz'), crossner, false),
  ];
}
