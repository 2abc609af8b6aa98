/**
 * Entities for a lone evaluation sentence. With the shipped name tagger (models/ner/ner-v*.bin.gz)
 * present, the real pipeline path: tagNames → resolveEntities. Otherwise a fallback of capitalised
 * phrases typed by the gazetteer (countries/cities → GPE, demonyms → NORP, the rest ORG).
 */
import { readFileSync } from 'node:fs';
import type { Document, Entity, Mention, NameSpan, Token } from '../../model/index.ts';
import { resolveEntities } from '../../nlp/entities/index.ts';
import { lookupDemonym, lookupPlace } from '../../nlp/gazetteer/index.ts';
import type { NerModel } from '../../nlp/ner/index.ts';
import { parseNerModel, tagNames } from '../../nlp/ner/index.ts';
import type { StageInput } from '../../nlp/index.ts';
import { splitSentences, tokenize } from '../../text/index.ts';
import { shippedModelPath } from '../load-resources.ts';

/** The shipped name tagger, or null while it has not been trained. */
export function loadNerModel(): NerModel | null {
  const path = shippedModelPath('ner');
  return path === null ? null : parseNerModel(readFileSync(path));
}

/** Words that start a sentence or a title without being part of a name. */
const NOT_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'After', 'Before', 'This', 'That', 'It', 'He', 'She', 'They', 'We', 'I', 'Meanwhile', 'Mr', 'Mrs', 'Ms', 'President', 'Prime', 'Minister', 'Secretary']);

function capitalisedNames(text: string, tokens: readonly Token[]): NameSpan[] {
  const names: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const isCap = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text) && !NOT_NAME.has(t.text.replace(/\.$/, ''));
    if (!isCap(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (isCap(tokens[j + 1]) || (tokens[j + 1]?.text === 'of' && isCap(tokens[j + 2]))) j += tokens[j + 1]?.text === 'of' ? 2 : 1;
    const start = tokens[i]!.start;
    const end = tokens[j]!.end;
    const name = text.slice(start, end);
    const place = lookupPlace(name);
    const type = place !== undefined ? (place.kind === 'region' ? 'LOC' : 'GPE') : i === j && lookupDemonym(name) !== undefined ? 'NORP' : 'ORG';
    names.push({ start, end, type, text: name });
    i = j + 1;
  }
  return names;
}

function fallbackResolve(names: readonly NameSpan[]): { entities: Entity[]; mentions: Mention[] } {
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const byText = new Map<string, Entity>();
  for (const name of names) {
    let entity = byText.get(name.text);
    if (entity === undefined) {
      entity = { id: `e${entities.length}`, type: name.type, name: name.text, aliases: [], roles: [], key: `${name.type}:${name.text.toLowerCase()}` };
      entities.push(entity);
      byText.set(name.text, entity);
    }
    mentions.push({ start: name.start, end: name.end, entity: entity.id, text: name.text });
  }
  return { entities, mentions };
}

/** A document with tokens, sentences, names, entities and mentions filled; one sentence unless `split`. */
export function sentenceInput(text: string, ner: NerModel | null, split = false, published: Document['published'] = null): StageInput {
  const doc: Document = {
    id: 'eval', origin: 'eval', url: null, title: null, published, source: null, agencies: [], author: null,
    language: 'en', kind: 'article', text, rawSha256: '', passages: [],
  };
  const tokens = tokenize(text);
  const sentences = split ? splitSentences(text, tokens) : [{ start: 0, end: text.length }];
  const empty = { doc, tokens, sentences, names: [], entities: [], mentions: [], timexes: [], quotes: [], events: [] };
  const names = ner === null ? capitalisedNames(text, tokens) : tagNames(text, tokens, sentences, ner);
  const resolved = ner === null ? fallbackResolve(names) : resolveEntities({ ...empty, names });
  return { ...empty, names, ...resolved };
}
