import { z } from 'zod';
import { extractRequestSchema, extractResponseSchema, optionalOrNull } from './extract.js';
import { problemSchema } from './problem.js';

export const batchDocumentSchema = extractRequestSchema
  .extend({
    id: optionalOrNull(
      z.string().min(1).max(256),
      'Your id for the document, echoed in its result; defaults to its position: its index from 1 in a batch ("1", "2", ...), its line number in a stream.',
    ),
  })
  .describe('One article of a batch or stream: an extract request with an optional id.')
  .meta({ id: 'BatchDocument' });

export const batchRequestSchema = z
  .strictObject({
    documents: z.array(batchDocumentSchema).min(1).describe('The articles, at most `MAX_BATCH` (default 100). Each is validated on its own.'),
  })
  .describe('Several articles in one request.')
  .meta({ id: 'BatchRequest' });

/** What the route validates before looking at each document: one invalid document must not fail the others. */
export const batchEnvelopeSchema = z.strictObject({ documents: z.array(z.unknown()).min(1) });

export const batchResultSchema = z
  .discriminatedUnion('ok', [
    z.object({ id: z.string().describe('The document\'s id.'), ok: z.literal(true), result: extractResponseSchema }),
    z.object({ id: z.string().describe('The document\'s id.'), ok: z.literal(false), error: problemSchema }),
  ])
  .describe('The outcome for one document: its extraction, or the problem that stopped it.')
  .meta({ id: 'BatchResult' });

export const batchResponseSchema = z
  .object({ results: z.array(batchResultSchema).describe('One result per document, in input order.') })
  .describe('The results of a batch.')
  .meta({ id: 'BatchResponse' });

export type BatchDocument = z.infer<typeof batchDocumentSchema>;
export type BatchResult = z.infer<typeof batchResultSchema>;
