/** Schemas of documents: the filters shared by the list and search, and one document in full. */
import { z } from '@hono/zod-openapi';
import { DateBound, Record, ShortText } from './common.ts';

export const DocumentFilters = {
  outlet: ShortText.optional().openapi({ description: 'the outlet (Document.source), exactly' }),
  kind: z.enum(['article', 'liveblog', 'statement', 'other']).optional(),
  from: DateBound.optional().openapi({ description: 'published on or after (2020-01-03)' }),
  to: DateBound.optional().openapi({ description: 'published on or before; a prefix covers the whole period (2020-01)' }),
  story: z.string().min(1).max(100).regex(/^[\w.:-]+$/).optional().openapi({ description: 'members of this story (id, old id or prefix)' }),
  entity: ShortText.optional().openapi({ description: 'documents naming an entity: part of a name or alias, or an exact entity key' }),
};

export const Passage = z.object({
  id: z.string(), kind: z.string(), start: z.number().int(), end: z.number().int(), time: z.string().optional(),
});

export const FullDocument = z.object({
  id: z.string(), origin: z.string(), url: z.string().nullable(), title: z.string().nullable(),
  published: z.object({ value: z.string(), precision: z.string() }).nullable(),
  source: z.string().nullable(), agencies: z.array(z.string()), author: z.string().nullable(), language: z.string().nullable(),
  kind: z.string(), text: z.string(), rawSha256: z.string(), passages: z.array(Passage),
}).openapi('Document');

export const Annotations = z.object({
  doc: z.string(),
  sentences: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  entities: z.array(Record), mentions: z.array(Record), quotes: z.array(Record), timexes: z.array(Record),
  events: z.array(Record), facts: z.array(Record), stances: z.array(Record),
}).openapi('Annotations');

export const DocumentDetail = z.object({
  document: FullDocument,
  annotations: Annotations.nullable().openapi({ description: 'null until the document is analysed' }),
  warnings: z.array(z.object({ source: z.string(), code: z.string(), reason: z.string() })),
  story: z.string().nullable(),
  related: z.array(z.object({ doc: z.string(), kind: z.string(), role: z.string(), score: z.number() })),
  raw: z.object({ contentType: z.string(), bytes: z.number().int(), hints: Record }).nullable(),
}).openapi('DocumentDetail');
