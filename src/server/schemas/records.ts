/** Response schemas of the corpus-wide lists: entities and annotation records (quotes…). */
import { z } from '@hono/zod-openapi';
import { Record } from './common.ts';

export const Entity = z.object({
  key: z.string(), type: z.string(), name: z.string(), aliases: z.array(z.string()),
  roles: z.array(z.object({ title: z.string(), org: z.string().optional() })),
  country: z.string().nullable(), geo: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  documents: z.number().int(), mentions: z.number().int(),
}).openapi('Entity');

export const StoredRecord = z.object({
  doc: z.string(), layer: z.string(), localId: z.string(), start: z.number().int(), end: z.number().int(),
  type: z.string().nullable(), date: z.string().nullable(), snippet: z.string(),
  entityName: z.string().nullable(), targetName: z.string().nullable(),
  docTitle: z.string().nullable(), docSource: z.string().nullable(), docPublished: z.string().nullable(),
  record: Record,
}).openapi('StoredRecord');
