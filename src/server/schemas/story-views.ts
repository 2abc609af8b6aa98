/**
 * Response schemas of the story views (src/pipeline/story-views.ts). The top level of each view is
 * spelled out; records that belong to a stage (a reaction's evidence, an escalation day) stay open.
 */
import { z } from '@hono/zod-openapi';
import { Citation, DocumentSummary, Record, StorySummary } from './common.ts';

const Span = { doc: z.string(), start: z.number().int(), end: z.number().int() };

export const StoryDetail = z.object({
  story: StorySummary,
  documents: z.array(DocumentSummary.extend({ analysed: z.boolean() })),
  groups: z.array(z.object({ docs: z.array(z.string()), kinds: z.array(z.string()), current: z.array(z.string()) })),
  truncated: z.boolean().openapi({ description: 'true when the story has more members than the view reads' }),
}).openapi('StoryDetail');

export const Timeline = z.object({
  story: z.string(),
  items: z.array(z.object({
    date: z.string(),
    text: z.string(),
    citations: z.array(Citation),
    sentences: z.array(z.object({ ...Span, text: z.string(), alsoIn: z.array(Citation) })),
    sources: z.number().int(),
    mentions: z.number().int(),
    events: z.array(z.object({ doc: z.string(), id: z.string() })),
  })),
}).openapi('Timeline');

export const Summary = z.object({
  story: z.string(),
  sentences: z.array(z.looseObject({
    text: z.string(), verbatim: z.boolean(), citations: z.array(Citation), sources: z.number().int(), date: z.string().nullable(),
  })),
}).openapi('Summary');

export const Reactions = z.object({
  story: z.string(),
  matrix: z.object({
    stances: z.array(z.string()),
    actors: z.array(z.looseObject({
      key: z.string(), name: z.string(), type: z.string(), total: z.number(), sources: z.number(),
      cells: z.array(z.looseObject({ stance: z.string(), count: z.number(), sources: z.number(), evidence: z.array(Record) })),
    })),
  }),
  escalation: z.array(z.looseObject({ date: z.string(), events: z.number(), intensity: z.number(), conflict: z.number(), cooperation: z.number() })),
}).openapi('Reactions');

export const Contradictions = z.object({
  story: z.string(),
  items: z.array(z.object({ kind: z.string(), about: z.string(), claims: z.array(z.object({ text: z.string(), citation: Citation })) })),
}).openapi('Contradictions');

export const Duplicates = z.object({
  story: z.string(),
  pairs: z.array(z.object({ kind: z.string(), docs: z.array(z.string()), score: z.number(), passages: z.array(z.object({ passages: z.array(z.string()), score: z.number() })) })),
}).openapi('Duplicates');
