/**
 * A stored Document (+ its Annotations, when analysed) as clusterer input: the published date
 * (any precision, parsed as UTC) and one entity key per mention, so an entity mentioned often
 * weighs more. Untested against the pipeline yet: the pipeline does not call the clusterer.
 */
import type { Annotations, Document } from '../../model/index.ts';
import type { StoryInput } from './types.ts';

export function fromDocument(doc: Document, annotations?: Annotations): StoryInput {
  const parsed = doc.published === null ? Number.NaN : Date.parse(doc.published.value);
  const input: StoryInput = { id: doc.id, time: Number.isNaN(parsed) ? null : parsed, title: doc.title, text: doc.text };
  if (annotations === undefined) return input;
  const keyById = new Map(annotations.entities.map((e) => [e.id, e.key]));
  const entities = annotations.mentions.map((m) => keyById.get(m.entity)).filter((k): k is string => k !== undefined);
  return { ...input, entities };
}
