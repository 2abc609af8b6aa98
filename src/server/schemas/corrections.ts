/** Schemas of the entity corrections (src/model/corrections.ts): what is sent, and what is stored. */
import { z } from '@hono/zod-openapi';
import { CORRECTION_KINDS } from '../../model/index.ts';

const Kind = z.enum(CORRECTION_KINDS as ['merge', 'split', 'rename', 'set_type']).openapi({
  description: 'merge: the subject becomes part of the entity `value`; split: the alias `value` becomes an entity of its own; rename: `value` is the new name; set_type: `value` is the type (PERSON, ORG, GPE, LOC, NORP, FACILITY, EVENT, OTHER)',
});
const NoControl = /^[^\u0000-\u001f\u007f]+$/;

export const Correction = z.object({
  id: z.number().int(), kind: Kind,
  subject: z.string().openapi({ description: 'the entity key corrected' }),
  value: z.string(), note: z.string().nullable(),
  created: z.string().openapi({ description: 'when it was made, ISO 8601' }),
}).openapi('Correction');

export const CorrectionBody = z.object({
  kind: Kind,
  subject: z.string().min(1).max(200).regex(NoControl, 'an entity key (see GET /api/entities)'),
  value: z.string().min(1).max(200).regex(NoControl, 'no control characters'),
  note: z.string().max(500).regex(NoControl, 'no control characters').optional(),
}).openapi('CorrectionBody');
