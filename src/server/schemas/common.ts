/**
 * The schemas shared by the routes. They validate requests (query, path, body), describe responses,
 * and are the source of /api/openapi.json (zod 4 through @hono/zod-openapi), so the document and the
 * checks cannot drift apart. Offsets in responses are UTF-16 code units into `Document.text`
 * (JavaScript string indices), unlike the export, which counts code points.
 */
import { z } from '@hono/zod-openapi';

export const Problem = z.object({
  type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(),
}).openapi('Problem');

/** The error responses every route may give. */
export const problemResponses = {
  400: { description: 'Malformed parameters', content: { 'application/problem+json': { schema: Problem } } },
  401: { description: 'Token required', content: { 'application/problem+json': { schema: Problem } } },
  404: { description: 'Not found', content: { 'application/problem+json': { schema: Problem } } },
} as const;

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function page<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), next: z.string().nullable().openapi({ description: 'cursor of the next page; null on the last' }) }).openapi(name);
}

const day = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'items per page (1–200)' }),
  cursor: z.string().max(500).optional().openapi({ description: 'the `next` of the previous page' }),
};

export const DateBound = z.string().regex(day, 'expected a date like 2020-01-03 (or 2020-01, 2020)').max(40);
export const ShortText = z.string().min(1).max(200);

export const Citation = z.object({ doc: z.string(), start: z.number().int(), end: z.number().int() }).openapi('Citation');

export const DocumentSummary = z.object({
  id: z.string(), origin: z.string(), title: z.string().nullable(), published: z.string().nullable(),
  source: z.string().nullable(), kind: z.string(), chars: z.number().int(), passages: z.number().int(),
}).openapi('DocumentSummary');

export const StorySummary = z.object({
  id: z.string(), title: z.string().nullable(), documents: z.number().int(), outlets: z.number().int(),
  first: z.string().nullable(), last: z.string().nullable(), aliases: z.array(z.string()),
}).openapi('StorySummary');

/** A record whose inner shape belongs to a stage (kept open here; the stage's types document it). */
export const Record = z.record(z.string(), z.unknown());
